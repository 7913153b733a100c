import type { AuthorAlias } from '../Author.ts';
import { authorSearchTexts, NAME_WEIGHT, posting, type SearchIndex } from '../../search/searchIndex.ts';
import { searchWords } from '../../search/searchWords.ts';
import { foldText } from '../../text/foldText.ts';
import { hashText } from '../../text/hashText.ts';
import type { Steps } from '../steps/Steps.ts';
import { patchSearchIndex } from './patchSearchIndex.ts';
import type { MergeRenumbering } from './Renumbering.ts';

/**
 * The search index after the merge `renumbering` describes, from the one
 * before it: the merged authors' postings and whole-text entries give way
 * to the merged person's (`name`, `aliases`), every other document is
 * renumbered (papers follow the authors, one place down per author merged
 * away). The same index a build of the merged graph makes.
 *
 * @example const search = yield* mergeSearchIndex(searchIndex(graph), renumbering, graph.paperCount, 'Tim Maxwell', aliases);
 */
export function mergeSearchIndex(search: SearchIndex, renumbering: MergeRenumbering, paperCount: number, name: string, aliases: readonly AuthorAlias[]): Steps<SearchIndex> {
  const { survivor } = renumbering;
  const texts = authorSearchTexts(name, aliases);
  const words = [...new Set(texts.flatMap(searchWords))].sort();
  const wholeTexts = texts.map((text) => [hashText(foldText(text)), survivor] as const).sort(([a], [b]) => a - b);
  return patchSearchIndex(
    search,
    renumbering,
    paperCount,
    words.map((word) => [word, posting(survivor, NAME_WEIGHT)] as const),
    wholeTexts,
  );
}
