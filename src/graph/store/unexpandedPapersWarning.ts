import type { CoauthorGraph } from './CoauthorGraph.ts';

/** How many of the papers the warning names; the count covers the rest. */
const NAMED = 5;

/**
 * The line that tells an operator which papers were too large to pair their
 * authors, or undefined when none was.
 *
 * @example unexpandedPapersWarning(graph) // 'warning: 1 paper has more than 1,000 authors, so its authors are not counted as coauthors of each other (--max-authors-per-paper): gen:7 (20,000 authors)'
 */
export function unexpandedPapersWarning(graph: CoauthorGraph): string | undefined {
  const papers = graph.unexpandedPapers;
  if (papers.length === 0) return undefined;
  const { paperAuthorOffsets } = graph.parts;
  const named = papers
    .slice(0, NAMED)
    .map((paper) => `${paper.id} (${(paperAuthorOffsets[paper.index + 1]! - paperAuthorOffsets[paper.index]!).toLocaleString('en-US')} authors)`);
  const more = papers.length > NAMED ? ` and ${(papers.length - NAMED).toLocaleString('en-US')} more` : '';
  const subject = papers.length === 1 ? '1 paper has' : `${papers.length.toLocaleString('en-US')} papers have`;
  const whose = papers.length === 1 ? 'its authors are' : 'their authors are';
  return (
    `warning: ${subject} more than ${graph.maxAuthorsPerPaper.toLocaleString('en-US')} authors, so ${whose} not counted as coauthors ` +
    `of each other (--max-authors-per-paper): ${named.join(', ')}${more}`
  );
}
