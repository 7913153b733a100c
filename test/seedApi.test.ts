import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { seedGraph } from './support/seedGraph.ts';

// Every expected value below was counted from ../shared/seed by hand (and
// double-checked with a throwaway script that shares no code with src/),
// with the seed's four name variants taken as one person each:
// Noemí/Noemi Mercado, Tim/Timothy Maxwell, Tom/Thomas Henighan,
// Kamilė Lukošiūtė/Kamile Lukosuite.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await seedGraph());
});

interface CoauthorPage {
  author: { coauthors: { totalCount: number; edges: { collaborationCount: number; node: { name: string } }[] } };
}

describe('the seed over GraphQL', () => {
  it('serves six papers, newest first, each with its title', async () => {
    const { data } = await query('{ papers { totalCount edges { node { published title arxivId authorCount } } } }');
    expect(data).toEqual({
      papers: {
        totalCount: 6,
        edges: [
          { node: { published: '2024-01-10', title: 'Sleeper Agents: Training Deceptive LLMs that Persist Through Safety Training', arxivId: '2401.05566', authorCount: 39 } },
          { node: { published: '2023-07-17', title: 'Question Decomposition Improves the Faithfulness of Model-Generated Reasoning', arxivId: '2307.11768', authorCount: 24 } },
          { node: { published: '2023-07-17', title: 'Measuring Faithfulness in Chain-of-Thought Reasoning', arxivId: '2307.13702', authorCount: 30 } },
          { node: { published: '2023-02-15', title: 'The Capacity for Moral Self-Correction in Large Language Models', arxivId: '2302.07459', authorCount: 49 } },
          { node: { published: '2022-12-19', title: 'Discovering Language Model Behaviors with Model-Written Evaluations', arxivId: '2212.09251', authorCount: 63 } },
          { node: { published: '2022-12-15', title: 'Constitutional AI: Harmlessness from AI Feedback', arxivId: '2212.08073', authorCount: 51 } },
        ],
      },
    });
  });

  it('counts 99 authors once the four name variants merge', async () => {
    const { data } = await query('{ authors { totalCount } }');
    expect(data).toEqual({ authors: { totalCount: 99 } });
  });

  it('gives Ethan Perez six papers and 98 coauthors', async () => {
    const { data } = await query('{ author(name: "Ethan Perez") { name paperCount coauthorCount firstYear lastYear } }');
    expect(data).toEqual({
      author: { name: 'Ethan Perez', paperCount: 6, coauthorCount: 98, firstYear: 2022, lastYear: 2024 },
    });
  });

  it('orders his coauthors by shared papers, then by name', async () => {
    const { data } = await query(
      '{ author(name: "Ethan Perez") { coauthors(first: 10) { totalCount edges { collaborationCount node { name } } } } }',
    );
    const edges = (data as unknown as CoauthorPage).author.coauthors.edges;
    expect(edges.map((edge) => [edge.node.name, edge.collaborationCount])).toEqual([
      ['Jared Kaplan', 6],
      ['Nicholas Schiefer', 6],
      ['Samuel R. Bowman', 6],
      ['Tamera Lanham', 6],
      ['Anna Chen', 5],
      ['Danny Hernandez', 5],
      ['Jackson Kernion', 5],
      ['Kamilė Lukošiūtė', 5],
      ['Nicholas Joseph', 5],
      ['Sam McCandlish', 5],
    ]);
  });

  it('has the hand-counted spread of collaboration counts over all 98 coauthors', async () => {
    const counts: number[] = [];
    let after: string | null = null;
    do {
      const { data } = await query(
        'query($after: String) { author(name: "Ethan Perez") { coauthors(first: 40, after: $after) { edges { collaborationCount } pageInfo { hasNextPage endCursor } } } }',
        { after },
      );
      const page = (data as { author: { coauthors: { edges: { collaborationCount: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }).author.coauthors;
      counts.push(...page.edges.map((edge) => edge.collaborationCount));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    const spread = Object.fromEntries([6, 5, 4, 3, 2, 1].map((n) => [n, counts.filter((c) => c === n).length]));
    expect(spread).toEqual({ 6: 4, 5: 7, 4: 18, 3: 21, 2: 8, 1: 40 });
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('gives the years and shared papers of a collaboration', async () => {
    const { data } = await query(`{
      author(name: "Ethan Perez") { coauthors(first: 1) { edges {
        firstYear lastYear node { name }
        sharedPapers(orderBy: OLDEST_FIRST, first: 2) { totalCount edges { node { published } } }
      } } }
    }`);
    expect(data).toEqual({
      author: { coauthors: { edges: [{
        firstYear: 2022,
        lastYear: 2024,
        node: { name: 'Jared Kaplan' },
        sharedPapers: { totalCount: 6, edges: [{ node: { published: '2022-12-15' } }, { node: { published: '2022-12-19' } }] },
      }] } },
    });
  });

  it('lists a paper’s authors in byline order with positions', async () => {
    const { data } = await query(`{
      papers(filter: { search: "constitutional" }) { edges { node { authors(last: 2) { totalCount edges { position node { name } } } } } }
    }`);
    expect(data).toEqual({
      papers: { edges: [{ node: { authors: { totalCount: 51, edges: [
        { position: 50, node: { name: 'Tom Brown' } },
        { position: 51, node: { name: 'Jared Kaplan' } },
      ] } } }] },
    });
  });

  it('gives an author’s byline position on each paper, newest first', async () => {
    const { data } = await query('{ author(name: "ethan perez") { papers { edges { position node { year } } } } }');
    expect(data).toEqual({
      author: { papers: { edges: [
        { position: 39, node: { year: 2024 } },
        { position: 24, node: { year: 2023 } },
        { position: 30, node: { year: 2023 } },
        { position: 14, node: { year: 2023 } },
        { position: 1, node: { year: 2022 } },
        { position: 19, node: { year: 2022 } },
      ] } },
    });
  });

  it('filters papers by year and author', async () => {
    const { data: byYear } = await query('{ papers(filter: { yearFrom: 2023, yearTo: 2023 }) { totalCount } }');
    expect(byYear).toEqual({ papers: { totalCount: 3 } });
    const { data: ids } = await query('{ author(name: "Carol Chen") { id } }');
    const { data } = await query('query($id: ID!) { papers(filter: { authorId: $id }, orderBy: OLDEST_FIRST) { edges { node { arxivId } } } }', {
      id: (ids as { author: { id: string } }).author.id,
    });
    expect(data).toEqual({ papers: { edges: [{ node: { arxivId: '2212.08073' } }, { node: { arxivId: '2307.11768' } }] } });
  });

  it('orders papers by title, ignoring case', async () => {
    const { data } = await query('{ papers(orderBy: TITLE) { edges { node { arxivId } } } }');
    // Constitutional, Discovering, Measuring, Question, Sleeper, The Capacity.
    const ids = ['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459'];
    expect(data).toEqual({ papers: { edges: ids.map((arxivId) => ({ node: { arxivId } })) } });
  });

  it('finds papers by a part of a word in the title or abstract, also among one author’s papers', async () => {
    const { data: ids } = await query('{ author(name: "Carol Chen") { id } }');
    const { data } = await query(
      'query($id: ID!) { all: papers(filter: { search: "AITHFUL" }) { edges { node { arxivId } } } carol: papers(filter: { search: "aithful", authorId: $id }) { edges { node { arxivId } } } }',
      { id: (ids as { author: { id: string } }).author.id },
    );
    expect(data).toEqual({
      all: { edges: [{ node: { arxivId: '2307.11768' } }, { node: { arxivId: '2307.13702' } }] },
      carol: { edges: [{ node: { arxivId: '2307.11768' } }] },
    });
  });

  it('finds authors by a part of any of their spellings, ignoring case and diacritics', async () => {
    const { data } = await query('{ a: authors(search: "LUKOSIU") { edges { node { name paperCount } } } b: authors(search: "lukosui") { totalCount } }');
    expect(data).toEqual({
      a: { edges: [{ node: { name: 'Kamilė Lukošiūtė', paperCount: 5 } }] },
      b: { totalCount: 1 },
    });
  });

  it('orders authors by paper count', async () => {
    const { data } = await query('{ authors(orderBy: PAPER_COUNT, first: 5) { edges { node { name paperCount } } } }');
    expect(data).toEqual({ authors: { edges: [
      { node: { name: 'Ethan Perez', paperCount: 6 } },
      { node: { name: 'Jared Kaplan', paperCount: 6 } },
      { node: { name: 'Nicholas Schiefer', paperCount: 6 } },
      { node: { name: 'Samuel R. Bowman', paperCount: 6 } },
      { node: { name: 'Tamera Lanham', paperCount: 6 } },
    ] } });
  });
});
