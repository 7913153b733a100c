import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Worked out from fixtures/seed.jsonl (titles and abstract excerpts) with
// the four name pairs merged.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

async function search(text: string): Promise<[string, number, boolean][]> {
  const { data, errors } = await query(
    `query($q: String!) { search(query: $q) { edges { score exactMatch node { ... on Author { name } ... on Paper { arxivId } } } } }`,
    { q: text },
  );
  expect(errors).toBeUndefined();
  const edges = (data as { search: { edges: { score: number; exactMatch: boolean; node: { name?: string; arxivId?: string } }[] } }).search.edges;
  return edges.map(({ score, exactMatch, node }) => [node.name ?? node.arxivId ?? '', score, exactMatch]);
}

describe('search on the seed', () => {
  it('finds an author without the diacritics', async () => {
    expect(await search('lukosiute')).toEqual([['Kamilė Lukošiūtė', 3, false]]);
  });

  it('matches an alias exactly and ranks that first', async () => {
    expect(await search('kamile LUKOSUITE')).toEqual([['Kamilė Lukošiūtė', 6, true]]);
  });

  it('marks a query equal to a whole title up to case as an exact match, and the title without its colon not', async () => {
    // Five distinct words, each the beginning of a title word: 5 × 2.
    expect(await search('constitutional ai harmlessness from AI feedback')).toEqual([['2212.08073', 10, false]]);
    expect(await search('CONSTITUTIONAL AI: harmlessness from AI feedback')).toEqual([['2212.08073', 10, true]]);
  });

  it('matches the beginning of a title word', async () => {
    expect(await search('constitu')).toEqual([['2212.08073', 2, false]]);
  });

  it('ranks equal papers newest first', async () => {
    // Both titles say "Faithfulness"; the two appeared the same day, so the smaller arXiv id comes first.
    expect(await search('faithful')).toEqual([
      ['2307.11768', 2, false],
      ['2307.13702', 2, false],
    ]);
  });

  it('ranks equal authors by paper count, then name', async () => {
    // "chen" begins "Cheng" too; Anna Chen wrote 5 papers, Newton Cheng 3, Carol Chen 2, Edwin Chen 1.
    expect(await search('chen')).toEqual([
      ['Anna Chen', 3, false],
      ['Newton Cheng', 3, false],
      ['Carol Chen', 3, false],
      ['Edwin Chen', 3, false],
    ]);
  });

  it('needs every word and ranks title matches above abstract matches', async () => {
    // Both words in the title score 2 + 2; one in the title and one in the abstract 2 + 1; both in the abstract 1 + 1.
    expect(await search('language model')).toEqual([
      ['2302.07459', 4, false],
      ['2212.09251', 4, false],
      ['2307.11768', 3, false],
      ['2307.13702', 2, false],
    ]);
  });

  it('refuses a query without letters or digits', async () => {
    const { errors } = await query('{ search(query: " - ") { totalCount } }');
    expect(errors?.map((error) => error.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
  });
});
