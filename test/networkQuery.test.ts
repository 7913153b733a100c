import { beforeAll, describe, expect, it } from 'vitest';
import { authorId } from './support/authorId.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Worked out from fixtures/seed.txt with the four name pairs merged.
// Benoit Steiner is only on Measuring Faithfulness (30 authors), so his
// network is that byline: 30 authors, all coauthors, 30 · 29 / 2 = 435 ties.
// Carol Chen wrote two papers (2212.08073, 2307.11768); the coauthors on
// both, alphabetically, start Anna Chen, Danny Hernandez, Ethan Perez, who
// share five papers with each other (all but Sleeper Agents). Every author
// is on a paper with Ethan Perez, so two steps reach all 99 and every one
// of the 3177 coauthor pairs.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

interface NetworkData {
  nodes: { key: string; label: string; distance: number; __typename: string }[];
  edges: { source: string; target: string; weight: number; firstYear: number | null; lastYear: number | null }[];
  truncated: boolean;
}

async function network(center: string, args = '') {
  const id = await authorId(query, center);
  const { data, errors } = await query(
    `query($id: ID!) { network(center: [$id] ${args}) { truncated nodes { __typename key label distance } edges { source target weight firstYear lastYear } } }`,
    { id },
  );
  expect(errors).toBeUndefined();
  const result = (data as { network: NetworkData }).network;
  const label = new Map(result.nodes.map((node) => [node.key, node.label]));
  return {
    ...result,
    nodes: result.nodes.map((node) => `${node.label}@${node.distance}`),
    edges: result.edges.map((edge) => `${label.get(edge.source)}-${label.get(edge.target)}:${edge.weight} ${edge.firstYear}–${edge.lastYear}`),
  };
}

describe('network on the seed', () => {
  it('draws an author’s coauthors and every tie among them once', async () => {
    const result = await network('Benoit Steiner');
    expect(result.nodes).toHaveLength(30);
    expect(result.nodes[0]).toBe('Benoit Steiner@0');
    expect(result.nodes.slice(1).every((node) => node.endsWith('@1'))).toBe(true);
    expect(result.edges).toHaveLength(435);
    expect(new Set(result.edges.map((edge) => edge.split(':')[0])).size).toBe(435);
    expect(result.truncated).toBe(false);
  });

  it('keeps the authors with most shared papers when maxNodes cuts the ring', async () => {
    expect(await network('Carol Chen', ', maxNodes: 4')).toEqual({
      truncated: true,
      nodes: ['Carol Chen@0', 'Anna Chen@1', 'Danny Hernandez@1', 'Ethan Perez@1'],
      edges: [
        'Carol Chen-Anna Chen:2 2022–2023',
        'Carol Chen-Danny Hernandez:2 2022–2023',
        'Carol Chen-Ethan Perez:2 2022–2023',
        'Anna Chen-Danny Hernandez:5 2022–2023',
        'Anna Chen-Ethan Perez:5 2022–2023',
        'Danny Hernandez-Ethan Perez:5 2022–2023',
      ],
    });
  });

  it('breaks equal ties by name', async () => {
    // Benoit Steiner shares one paper with each coauthor.
    const result = await network('Benoit Steiner', ', maxNodes: 3');
    expect(result.nodes).toEqual(['Benoit Steiner@0', 'Anna Chen@1', 'Ansh Radhakrishnan@1']);
  });

  it('reaches the whole graph in two steps', async () => {
    const result = await network('Carol Chen', ', depth: 2, maxNodes: 2000');
    expect([result.nodes.length, result.edges.length, result.truncated]).toEqual([99, 3177, false]);
  });

  it('draws a bipartite author–paper graph with includePapers', async () => {
    // All six papers have at least two of Benoit Steiner's 30; their bylines
    // hold 11 + 21 + 30 + 21 + 22 + 19 = 124 of them.
    const id = await authorId(query, 'Benoit Steiner');
    const { data } = await query(
      'query($id: ID!) { network(center: [$id], includePapers: true) { nodes { __typename } edges { weight } } }',
      { id },
    );
    const { nodes, edges } = (data as { network: { nodes: { __typename: string }[]; edges: unknown[] } }).network;
    expect(nodes.filter((node) => node.__typename === 'NetworkAuthor')).toHaveLength(30);
    expect(nodes.filter((node) => node.__typename === 'NetworkPaper')).toHaveLength(6);
    expect(edges).toHaveLength(124);
  });

  it('counts only the papers of the year range: Ethan Perez up to 2022 has the 70 authors of his two 2022 papers', async () => {
    // Discovering Language Model Behaviors (63 authors) and Constitutional AI
    // (51) share 44 authors, Ethan Perez among them: 63 + 51 − 44 = 70 authors.
    // Every pair of them shares a paper except the 19 · 7 = 133 pairs with one
    // author only on each: 70 · 69 / 2 − 133 = 2282 ties, of which the
    // 44 · 43 / 2 = 946 among the authors of both weigh 2.
    const result = await network('Ethan Perez', ', toYear: 2022, maxNodes: 500');
    expect([result.nodes.length, result.edges.length, result.truncated]).toEqual([70, 2282, false]);
    expect(result.edges.filter((edge) => edge.includes(':2 ')).length).toBe(946);
    expect(result.edges.every((edge) => edge.endsWith(' 2022–2022'))).toBe(true);
    expect(result.nodes.slice(0, 3)).toEqual(['Ethan Perez@0', 'Amanda Askell@1', 'Andy Jones@1']);
    expect(result.edges[0]).toBe('Ethan Perez-Amanda Askell:2 2022–2022');
  });

  it('reaches no further than the papers of the range: Jesse Mu in 2024 is Sleeper Agents, even at depth 2', async () => {
    // Without a range, two steps from Jesse Mu reach all 99 authors.
    const result = await network('Jesse Mu', ', depth: 2, fromYear: 2024, maxNodes: 500');
    expect([result.nodes.length, result.edges.length, result.truncated]).toEqual([39, 741, false]);
    expect(result.nodes.filter((node) => node.endsWith('@2'))).toEqual([]);
    expect(result.edges.every((edge) => edge.endsWith(':1 2024–2024'))).toBe(true);
  });

  it('is the center alone when the center wrote nothing in the range', async () => {
    expect(await network('Jesse Mu', ', fromYear: 2023, toYear: 2023')).toEqual({ truncated: false, nodes: ['Jesse Mu@0'], edges: [] });
  });

  it('keeps the authors with most shared papers of the range when maxNodes cuts the ring', async () => {
    // Up to 2023, Carol Chen shares 2 papers (2212.08073 and 2307.11768) with
    // Anna Chen, Danny Hernandez and Ethan Perez, as without a range.
    expect((await network('Carol Chen', ', maxNodes: 4, fromYear: 2022, toYear: 2023')).nodes).toEqual([
      'Carol Chen@0',
      'Anna Chen@1',
      'Danny Hernandez@1',
      'Ethan Perez@1',
    ]);
  });

  it('draws only the papers of the range in a bipartite graph', async () => {
    // Benoit Steiner's 30 (all on Measuring Faithfulness, 2023): of 2023's three
    // papers, their bylines hold 30 + 21 + 21 = 72 of them.
    const id = await authorId(query, 'Benoit Steiner');
    const { data } = await query(
      'query($id: ID!) { network(center: [$id], includePapers: true, fromYear: 2023, toYear: 2023) { nodes { __typename } edges { weight } } }',
      { id },
    );
    const { nodes, edges } = (data as { network: { nodes: { __typename: string }[]; edges: unknown[] } }).network;
    expect(nodes.filter((node) => node.__typename === 'NetworkPaper')).toHaveLength(3);
    expect(edges).toHaveLength(72);
  });

  it('refuses a year range that ends before it starts with BAD_USER_INPUT', async () => {
    const id = await authorId(query, 'Carol Chen');
    const { errors } = await query('query($id: ID!) { network(center: [$id], fromYear: 2024, toYear: 2022) { truncated } }', { id });
    expect(errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      ['`fromYear` 2024 is after `toYear` 2022: no paper is in that range.', 'BAD_USER_INPUT'],
    ]);
  });

  it('counts a center named twice once against maxNodes', async () => {
    const id = await authorId(query, 'Carol Chen');
    const { data, errors } = await query('query($id: ID!) { network(center: [$id, $id], depth: 0, maxNodes: 1) { nodes { label } } }', { id });
    expect([errors, data]).toEqual([undefined, { network: { nodes: [{ label: 'Carol Chen' }] } }]);
  });

  it('refuses a depth beyond 3 with BAD_USER_INPUT', async () => {
    const id = await authorId(query, 'Carol Chen');
    const { errors } = await query('query($id: ID!) { network(center: [$id], depth: 4) { truncated } }', { id });
    expect(errors?.map((error) => [error.message, error.extensions?.['code']])).toEqual([
      ['`depth` must be between 0 and 3, got 4.', 'BAD_USER_INPUT'],
    ]);
  });
});
