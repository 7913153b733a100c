import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { coauthorAdjacency, coauthorCount } from '../src/graph/store/coauthorAdjacency.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import { unexpandedPapersWarning } from '../src/graph/store/unexpandedPapersWarning.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { nodesOf } from './support/nodesOf.ts';
import { runCommand } from './support/runCommand.ts';
import { scratchFolder } from './support/scratchFolder.ts';

// Ada, Ben and Cy write a paper of three; Ada and Ben write another with Dee and Eve.
// With bylines of at most 3 paired, the four-author paper pairs no one: Ada's
// coauthors are Ben and Cy (not Dee and Eve), and Ada and Ben share one paper.
const records: PaperRecord[] = [
  { id: 'p:3', title: 'Three', published: '2020-01-01', year: 2020, authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young'] },
  { id: 'p:4', title: 'Four', published: '2021-01-01', year: 2021, authors: ['Ada Lovelace', 'Ben Franklin', 'Dee Dee', 'Eve Online'] },
];
const WARNING =
  'warning: 1 paper has more than 3 authors, so its authors are not counted as coauthors of each other (--max-authors-per-paper): p:4 (4 authors)';

const file = scratchFolder('bylines')('papers.jsonl', `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
const graph = buildGraph(records, { maxAuthorsPerPaper: 3 });
const counts = () => Object.fromEntries(nodesOf(graph).authors.map((author) => [author.name, coauthorCount(graph, author)]));

describe('bylines longer than --max-authors-per-paper', () => {
  it('keep their paper but pair none of its authors', () => {
    expect(counts()).toEqual({ 'Ada Lovelace': 2, 'Ben Franklin': 2, 'Cy Young': 2, 'Dee Dee': 0, 'Eve Online': 0 });
    expect([graph.paperCount, coauthorAdjacency(graph).pairCount]).toEqual([2, 3]);
  });

  it('pair everyone at the default bound', () => {
    const full = buildGraph(records);
    expect(nodesOf(full).authors.map((author) => coauthorCount(full, author))).toEqual([4, 4, 2, 3, 3]);
    expect(unexpandedPapersWarning(full)).toBeUndefined();
  });

  it('count as neither a shared paper nor a collaboration, while the paper and its byline stay', async () => {
    const query = await graphqlClient(graph)(`{
      author(name: "Ada Lovelace") { paperCount coauthors { edges { collaborationCount node { name } sharedPapers { edges { node { title } } } } } }
      dee: author(name: "Dee Dee") { paperCount coauthorCount papers { edges { node { title authors { totalCount } } } } } }`);
    expect(query).toEqual({
      data: {
        author: {
          paperCount: 2,
          coauthors: {
            edges: [
              { collaborationCount: 1, node: { name: 'Ben Franklin' }, sharedPapers: { edges: [{ node: { title: 'Three' } }] } },
              { collaborationCount: 1, node: { name: 'Cy Young' }, sharedPapers: { edges: [{ node: { title: 'Three' } }] } },
            ],
          },
        },
        dee: { paperCount: 1, coauthorCount: 0, papers: { edges: [{ node: { title: 'Four', authors: { totalCount: 4 } } }] } },
      },
      extensions: { cost: expect.any(Number) },
    });
  });

  it('leave the years of a collaboration to the papers it counts', async () => {
    const query = await graphqlClient(graph)('{ author(name: "Ada Lovelace") { coauthors { edges { firstYear lastYear node { name } } } } }');
    // Ada and Ben also wrote p:4 in 2021, whose four authors pair no one.
    expect(query.data).toEqual({
      author: {
        coauthors: {
          edges: [
            { firstYear: 2020, lastYear: 2020, node: { name: 'Ben Franklin' } },
            { firstYear: 2020, lastYear: 2020, node: { name: 'Cy Young' } },
          ],
        },
      },
    });
  });

  it('are named in a warning by the offline commands, whose statistics leave their pairs out', async () => {
    const { code, stdout, stderr } = await runCommand('stats', '--data', file, '--json', '--max-authors-per-paper', '3');
    expect([code, stderr]).toEqual([0, `${WARNING}\n`]);
    expect(JSON.parse(stdout)).toMatchObject({ papers: 2, authors: 5, authorships: 7, coauthorPairs: 3, components: 3 });
  });

  it('refuses a bound below 2, saying where', async () => {
    const { code, stderr } = await runCommand('stats', '--data', file, '--max-authors-per-paper', '1');
    expect([code, stderr]).toEqual([1, 'error: --max-authors-per-paper must be a whole number of at least 2, got "1"\n']);
  });

  it('name the first five and count the rest', () => {
    const crowd = Array.from({ length: 7 }, (_, k): PaperRecord => ({
      id: `c:${k}`,
      published: `200${k}-01-01`,
      year: 2000 + k,
      authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young', `Extra ${'Q'.repeat(k + 1)}`],
    }));
    expect(unexpandedPapersWarning(buildGraph(crowd, { maxAuthorsPerPaper: 3 }))).toBe(
      'warning: 7 papers have more than 3 authors, so their authors are not counted as coauthors of each other (--max-authors-per-paper): ' +
        'c:6 (4 authors), c:5 (4 authors), c:4 (4 authors), c:3 (4 authors), c:2 (4 authors) and 2 more',
    );
  });

  it('are no evidence that two spellings are one person', () => {
    // "D. Smith" and "Daniel Smith" each sign a four-author paper with Ada and Ben: two shared coauthors, enough for the initials rule.
    const signed = (id: string, smith: string): PaperRecord => ({ id, published: '2020-01-01', year: 2020, authors: [smith, 'Ada Lovelace', 'Ben Franklin', `Other ${id}`] });
    const smiths = [signed('s:1', 'D. Smith'), signed('s:2', 'Daniel Smith')];
    const smithsOf = (maxAuthorsPerPaper: number) => buildGraph(smiths, { maxAuthorsPerPaper }).authorsByName('Daniel Smith').map((author) => author.aliases.map(({ name }) => name));
    expect(smithsOf(4)).toEqual([['D. Smith', 'Daniel Smith']]);
    expect(smithsOf(3)).toEqual([['Daniel Smith']]);
  });

  it('let a 20,000-author paper load without its 200 million pairs', () => {
    const consortium = Array.from({ length: 20_000 }, (_, k) => `Member ${k.toString(36).toUpperCase()}`);
    const big = buildGraph([{ id: 'big', published: '2020-01-01', year: 2020, authors: consortium }, records[0]!], {
      resolveIdentities: resolveByNameKey,
    });
    expect([big.authorCount, coauthorAdjacency(big).pairCount, big.unexpandedPapers.map((paper) => paper.id)]).toEqual([20_003, 3, ['big']]);
  });
});
