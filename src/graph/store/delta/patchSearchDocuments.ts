import type { PaperRecord } from '../../../ingest/PaperRecord.ts';
import { authorSearchTexts, FIELD_WEIGHT, posting, type SearchIndex } from '../../search/searchIndex.ts';
import { searchWords } from '../../search/searchWords.ts';
import { foldText } from '../../text/foldText.ts';
import { hashText } from '../../text/hashText.ts';
import type { AuthorFields } from '../AuthorColumns.ts';
import type { Steps } from '../steps/Steps.ts';
import { compareAdded } from './patchKeyedRows.ts';
import { patchSearchIndex } from './patchSearchIndex.ts';
import type { Renumbering } from './Renumbering.ts';

/**
 * The search index after the renumberings: the people made anew indexed
 * under their names, the added papers under their titles and abstracts, as
 * a build indexes them (see `searchIndex`), the authors and papers gone
 * left out, every other document renumbered. `people[j]` is the author
 * at the jth row made anew, `records[recordOf[j]]` the jth paper.
 *
 * @example const search = yield* patchSearchDocuments(searchIndex(graph), authors, papers, [fields], [], []);
 */
export function patchSearchDocuments(
  search: SearchIndex,
  authors: Renumbering,
  papers: Renumbering,
  people: readonly Pick<AuthorFields, 'name' | 'aliases'>[],
  records: readonly PaperRecord[],
  recordOf: readonly number[],
): Steps<SearchIndex> {
  const newAuthorCount = authors.newToOld.length;
  const added: AddedDocuments = { postings: [], wholeTexts: [] };
  people.forEach(({ name, aliases }, j) => addDocument(added, authorSearchTexts(name, aliases), authors.anew[j]!, FIELD_WEIGHT.name));
  recordOf.forEach((r, j) => {
    const document = newAuthorCount + papers.anew[j]!;
    addDocument(added, [records[r]!.title], document, FIELD_WEIGHT.title);
    addDocument(added, [records[r]!.abstract], document, FIELD_WEIGHT.abstract);
  });
  const { postings, wholeTexts } = added;
  postings.sort(compareAdded);
  wholeTexts.sort(compareWholeTexts);
  return patchSearchIndex(search, authors, papers, postings, wholeTexts);
}

/** What a change adds to the search index: (word, posting) pairs, and (whole-text hash, document) pairs. */
interface AddedDocuments {
  readonly postings: [string, number][];
  readonly wholeTexts: [number, number][];
}

// Plain functions, made once, not closures made by each change: their optimised code would go with them (see `inPieces`).

/** Adds to `added` the words of `texts` as `document`'s, at `weight`, and the whole texts but an abstract. */
function addDocument(added: AddedDocuments, texts: readonly (string | undefined)[], document: number, weight: number): void {
  const present = texts.filter((text) => text !== undefined);
  for (const word of new Set(present.flatMap(searchWords))) added.postings.push([word, posting(document, weight)]);
  if (weight !== FIELD_WEIGHT.abstract) for (const text of present) added.wholeTexts.push([hashText(foldText(text)), document]);
}

/** Whole-text pairs by hash, then document. */
function compareWholeTexts([a, x]: readonly [number, number], [b, y]: readonly [number, number]): number {
  return a - b || x - y;
}
