import type { PaperRecord } from '../ingest/PaperRecord.ts';
import { Author, type AuthorAlias } from './Author.ts';
import { cleanSpelling } from './cleanSpelling.ts';
import { CoauthorGraph } from './CoauthorGraph.ts';
import { compareCodeUnits as compare } from './compareCodeUnits.ts';
import { foldText } from './foldText.ts';
import { foldName } from './identity/foldName.ts';
import type { IdentityResolver } from './IdentityResolver.ts';
import { createMergingResolver } from './identity/createMergingResolver.ts';
import { memoize } from './memoize.ts';
import { nameKey } from './nameKey.ts';
import { Paper } from './Paper.ts';
import { paperLocalId } from './paperLocalId.ts';
import { splitDisambiguator } from './splitDisambiguator.ts';
import { stableHash } from './stableHash.ts';
import { yearRange } from './yearRange.ts';

export interface BuildGraphOptions {
  /** Which spellings are one person; by default the merging resolver without overrides. */
  readonly resolveIdentities?: IdentityResolver;
  /** Papers with more authors join no coauthor pairs; see `CoauthorGraph`. */
  readonly maxAuthorsPerPaper?: number | undefined;
}

/** Thrown when records cannot form a consistent graph. */
export class GraphBuildError extends Error {
  override readonly name = 'GraphBuildError';
}

/**
 * Builds an immutable snapshot from records. Everything that orders or names
 * nodes is derived from content, so the same records in any order give the
 * same graph, ids and dense indices included.
 *
 * @example
 * const graph = buildGraph(await readPaperFile('fixtures/seed.jsonl'));
 * graph.papers.length // 6
 */
export function buildGraph(
  records: readonly PaperRecord[],
  { resolveIdentities = createMergingResolver(), maxAuthorsPerPaper }: BuildGraphOptions = {},
): CoauthorGraph {
  const papers = orderPapers(records);
  const identity = resolveIdentities(records);
  const personKeyOf = memoize((spelling) => identity.personKeyOf(spelling));

  // Group spellings into persons, counting how many papers use each spelling;
  // keep every authorship's person key, in paper order, for the rows below.
  const spellingsByPerson = new Map<string, Map<string, number>>();
  const clean = memoize(cleanSpelling);
  const authorshipKeys: string[] = [];
  for (const { record } of papers) {
    for (const raw of record.authors) {
      const spelling = clean(raw);
      const key = personKeyOf(raw);
      authorshipKeys.push(key);
      let spellings = spellingsByPerson.get(key);
      if (spellings === undefined) spellingsByPerson.set(key, (spellings = new Map()));
      spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    }
  }
  const persons = [...spellingsByPerson].map(([key, spellings]) => {
    const aliases = [...spellings]
      .map(([name, paperCount]): AuthorAlias => ({ name, paperCount }))
      .sort((a, b) => b.paperCount - a.paperCount || compareNames(a.name, b.name));
    const { name, disambiguator } = splitDisambiguator(aliases[0]!.name);
    return { key, id: stableHash('author', key), name, disambiguator, folded: foldText(name), aliases };
  });
  persons.sort(
    (a, b) =>
      compare(a.folded, b.folded) || compare(a.name, b.name) || compare(a.disambiguator ?? '', b.disambiguator ?? '') || compare(a.id, b.id),
  );
  const indexByKey = new Map(persons.map((person, index) => [person.key, index]));

  // paper → authors rows, in paper order, each row in byline order.
  const paperAuthorOffsets = new Uint32Array(papers.length + 1);
  const paperAuthors = new Uint32Array(authorshipKeys.length);
  const degree = new Uint32Array(persons.length);
  // lastPaper[a] = 1 + the last paper author a was seen on: a repeat on one byline shows at once.
  const lastPaper = new Uint32Array(persons.length);
  let cursor = 0;
  papers.forEach(({ id, record }, paperIndex) => {
    const start = cursor;
    for (const raw of record.authors) {
      const authorIndex = indexByKey.get(authorshipKeys[cursor]!)!;
      if (lastPaper[authorIndex] === paperIndex + 1) {
        const earlier = record.authors[paperAuthors.subarray(start, cursor).indexOf(authorIndex)];
        throw new GraphBuildError(`paper ${id} lists "${earlier}" and "${raw}", which name one person: remove the repeated author`);
      }
      lastPaper[authorIndex] = paperIndex + 1;
      paperAuthors[cursor++] = authorIndex;
      degree[authorIndex]!++;
    }
    paperAuthorOffsets[paperIndex + 1] = cursor;
  });

  // author → papers rows: filling in paper order keeps every row newest first.
  const authorPaperOffsets = new Uint32Array(persons.length + 1);
  for (let a = 0; a < persons.length; a++) authorPaperOffsets[a + 1] = authorPaperOffsets[a]! + degree[a]!;
  const fill = authorPaperOffsets.slice(0, persons.length);
  const authorPapers = new Uint32Array(paperAuthors.length);
  const authorPositions = new Uint32Array(paperAuthors.length);
  for (let p = 0; p < papers.length; p++) {
    for (let k = paperAuthorOffsets[p]!; k < paperAuthorOffsets[p + 1]!; k++) {
      const slot = fill[paperAuthors[k]!]!++;
      authorPapers[slot] = p;
      authorPositions[slot] = k - paperAuthorOffsets[p]! + 1;
    }
  }

  const paperNodes = papers.map(({ id, record }, index) => new Paper(index, id, record));
  const authorNodes = persons.map((person, index) => {
    const own = authorPapers.subarray(authorPaperOffsets[index], authorPaperOffsets[index + 1]);
    const { firstYear, lastYear } = yearRange(Array.from(own, (p) => paperNodes[p]!));
    return new Author(index, person.id, person.name, person.disambiguator, person.aliases, identity.mergesOf(person.key), own.length, firstYear, lastYear);
  });

  const authorsByNameKey = new Map<string, number[]>();
  const authorsByFoldedName = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, author: number) => {
    const holders = map.get(key);
    if (holders === undefined) map.set(key, [author]);
    else if (!holders.includes(author)) holders.push(author);
  };
  for (const author of authorNodes) {
    for (const alias of author.aliases) {
      for (const spelling of new Set([alias.name, splitDisambiguator(alias.name).name])) {
        index(authorsByNameKey, nameKey(spelling), author.index);
        index(authorsByFoldedName, foldName(spelling), author.index);
      }
    }
  }

  return new CoauthorGraph({
    authors: authorNodes,
    papers: paperNodes,
    paperAuthorOffsets,
    paperAuthors,
    authorPaperOffsets,
    authorPapers,
    authorPositions,
    authorsByNameKey,
    authorsByFoldedName,
  }, { maxAuthorsPerPaper });
}

/** Papers with their ids, newest first, ties broken by id; duplicates refused. */
function orderPapers(records: readonly PaperRecord[]): { id: string; record: PaperRecord }[] {
  const firstRecordById = new Map<string, number>();
  const papers = records.map((record, index) => {
    const id = paperLocalId(record);
    const earlier = firstRecordById.get(id);
    if (earlier !== undefined) {
      throw new GraphBuildError(
        `records ${earlier + 1} and ${index + 1} are the same paper (id ${id}): remove one of them`,
      );
    }
    firstRecordById.set(id, index);
    return { id, record };
  });
  // Undated papers sort last: '' is below every ISO date.
  return papers.sort(
    (a, b) => compare(b.record.published ?? '', a.record.published ?? '') || compare(a.id, b.id),
  );
}

function compareNames(a: string, b: string): number {
  return compare(foldText(a), foldText(b)) || compare(a, b);
}
