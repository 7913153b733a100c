import type { CollaborationPathResult } from './graphql/queries.ts';
import { plural } from './plural.ts';
import { renderPaperItem } from './renderPaperItem.ts';

/**
 * Lists a collaboration path step by step, each with the papers behind it
 * (linked when the paper has a URL), or says in words why there is none.
 *
 * @example renderPathSteps(section, 'Jeffrey Ladish', result, (id) => openAuthor(id));
 */
export function renderPathSteps(section: HTMLElement, toName: string, result: CollaborationPathResult, onOpen: (id: string) => void): void {
  const heading = document.createElement('h3');
  if (result.__typename === 'NoCollaborationPath') {
    heading.textContent = `No path to ${toName}`;
    const why = document.createElement('p');
    why.textContent =
      result.reason === 'NOT_CONNECTED' ? 'No chain of coauthors of any length joins them.' : `No chain of at most ${plural(result.maxLength, 'step')} joins them.`;
    section.replaceChildren(heading, why);
    return;
  }
  heading.textContent = `Path to ${toName}: ${plural(result.length, 'step')}`;
  const steps = document.createElement('ol');
  steps.className = 'steps';
  for (const hop of result.hops) {
    const step = document.createElement('li');
    const names = document.createElement('p');
    for (const [i, end] of [hop.from, hop.to].entries()) {
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = end.name;
      open.addEventListener('click', () => onOpen(end.id));
      names.append(...(i === 0 ? [] : [' → ']), open);
    }
    names.append(` — ${plural(hop.collaborationCount, 'shared paper')}`);
    const papers = document.createElement('ul');
    papers.className = 'papers';
    papers.append(...hop.papers.edges.map(({ node }) => renderPaperItem(node)));
    const unlisted = hop.papers.totalCount - hop.papers.edges.length;
    if (unlisted > 0) papers.append(Object.assign(document.createElement('li'), { textContent: `and ${plural(unlisted, 'more paper')}` }));
    step.append(names, papers);
    steps.append(step);
  }
  section.replaceChildren(heading, steps);
}
