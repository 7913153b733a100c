import type { PaperRecord } from '../../../ingest/PaperRecord.ts';
import { authorSearchTexts, FIELD_WEIGHT, posting, type SearchIndex } from '../../search/searchIndex.ts';
import { searchWords } from '../../search/searchWords.ts';
import { compareCodeUnits as compare } from '../../text/compareCodeUnits.ts';
import { foldText } from '../../text/foldText.ts';
import { hashText } from '../../text/hashText.ts';
import type { AuthorFields } from '../AuthorColumns.ts';
import type { Steps } from '../steps/Steps.ts';
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
  const postings: [string, number][] = [];
  const wholeTexts: [number, number][] = [];
  const add = (texts: readonly (string | undefined)[], document: number, weight: number) => {
    const present = texts.filter((text) => text !== undefined);
    for (const word of new Set(present.flatMap(searchWords))) postings.push([word, posting(document, weight)]);
    if (weight !== FIELD_WEIGHT.abstract) for (const text of present) wholeTexts.push([hashText(foldText(text)), document]);
  };
  people.forEach(({ name, aliases }, j) => add(authorSearchTexts(name, aliases), authors.anew[j]!, FIELD_WEIGHT.name));
  recordOf.forEach((r, j) => {
    const document = newAuthorCount + papers.anew[j]!;
    add([records[r]!.title], document, FIELD_WEIGHT.title);
    add([records[r]!.abstract], document, FIELD_WEIGHT.abstract);
  });
  postings.sort(([a, x], [b, y]) => compare(a, b) || x - y);
  wholeTexts.sort(([a, x], [b, y]) => a - b || x - y);
  return patchSearchIndex(search, authors, papers, postings, wholeTexts);
}
