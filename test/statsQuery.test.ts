import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Worked out from fixtures/seed.txt with the four name pairs merged: six
// papers (2022: 2, 2023: 3, 2024: 1) whose bylines of 39, 30, 24, 49, 63
// and 51 names sum to 256 authorships of 99 people. Ethan Perez signs every
// paper, so the coauthor graph is one component. Pairs, triangles and the
// clustering average were counted by a throwaway script that shares no code
// with src/: it splits the listing on " • " and ", ", merges the pairs,
// joins every two names of a byline, and enumerates all triples of authors.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

async function stats(fields: string) {
  const { data, errors } = await query(`{ stats { ${fields} } }`);
  expect(errors).toBeUndefined();
  return (data as { stats: Record<string, unknown> }).stats;
}

describe('stats on the seed', () => {
  it('counts papers, authors, authorships and coauthor pairs', async () => {
    expect(await stats('paperCount authorCount authorshipCount coauthorPairCount')).toEqual({
      paperCount: 6,
      authorCount: 99,
      authorshipCount: 256,
      coauthorPairCount: 3177,
    });
  });

  it('finds one component holding everyone, and lists it in name order', async () => {
    expect(await stats('componentCount largestComponentSize largestComponent(first: 3) { totalCount edges { node { name } } }')).toEqual({
      componentCount: 1,
      largestComponentSize: 99,
      largestComponent: { totalCount: 99, edges: [{ node: { name: 'Adam Jermyn' } }, { node: { name: 'Amanda Askell' } }, { node: { name: 'Andy Jones' } }] },
    });
  });

  it('counts triangles and averages the clustering coefficient', async () => {
    const { triangleCount, averageClustering } = await stats('triangleCount averageClustering');
    expect(triangleCount).toBe(61387);
    expect(averageClustering).toBeCloseTo(0.896949611, 9);
  });

  it('gives papers per year and authors per paper', async () => {
    expect(await stats('papersPerYear { year paperCount } undatedPaperCount authorsPerPaper { authorCount paperCount }')).toEqual({
      papersPerYear: [
        { year: 2022, paperCount: 2 },
        { year: 2023, paperCount: 3 },
        { year: 2024, paperCount: 1 },
      ],
      undatedPaperCount: 0,
      authorsPerPaper: [24, 30, 39, 49, 51, 63].map((authorCount) => ({ authorCount, paperCount: 1 })),
    });
  });

  it('gives the degree distribution over all 99 authors', async () => {
    const { degreeDistribution } = await stats('degreeDistribution { coauthorCount authorCount }');
    const bins = degreeDistribution as { coauthorCount: number; authorCount: number }[];
    expect(bins.reduce((sum, bin) => sum + bin.authorCount, 0)).toBe(99);
    // Twice the pairs: each pair adds one to the degree of both.
    expect(bins.reduce((sum, bin) => sum + bin.coauthorCount * bin.authorCount, 0)).toBe(2 * 3177);
    // Only Venkatesa Chandrasekaran wrote nothing but the 24-name paper; the five on every paper reach all other 98.
    expect([bins[0], bins.at(-1)]).toEqual([{ coauthorCount: 23, authorCount: 1 }, { coauthorCount: 98, authorCount: 5 }]);
  });

  it('ranks the most collaborative authors by coauthor count, then name', async () => {
    const { mostCollaborative } = await stats('mostCollaborative(first: 6) { edges { coauthorCount node { name } } }');
    expect((mostCollaborative as { edges: { coauthorCount: number; node: { name: string } }[] }).edges.map((edge) => [edge.node.name, edge.coauthorCount])).toEqual([
      ['Ethan Perez', 98],
      ['Jared Kaplan', 98],
      ['Nicholas Schiefer', 98],
      ['Samuel R. Bowman', 98],
      ['Tamera Lanham', 98],
      ['Amanda Askell', 94],
    ]);
  });
});

describe('per-author metrics on the seed', () => {
  it('gives an author on a single paper a clustering coefficient of 1: their coauthors all share that paper', async () => {
    const { data } = await query('{ author(name: "Benoit Steiner") { coauthorCount clusteringCoefficient componentSize } }');
    expect(data).toEqual({ author: { coauthorCount: 29, clusteringCoefficient: 1, componentSize: 99 } });
  });

  it('gives an author on every paper a lower one', async () => {
    const { data } = await query('{ author(name: "Ethan Perez") { clusteringCoefficient } }');
    expect((data as { author: { clusteringCoefficient: number } }).author.clusteringCoefficient).toBeCloseTo(0.647801389, 9);
  });
});
