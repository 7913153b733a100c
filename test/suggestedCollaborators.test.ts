import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Worked out from fixtures/seed.txt with the four name pairs merged. Adam
// Jermyn wrote only Sleeper Agents, so his 38 coauthors are its byline and
// the other 99 − 1 − 38 = 60 authors are suggestions; what he has in common
// with one of them is the part of that byline they have written with.
// Venkatesa Chandrasekaran shares 11 names of the Sleeper Agents byline
// through Question Decomposition, his only paper.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

async function suggestions(name: string, page: string) {
  const { data, errors } = await query(
    `query($name: String!) { author(name: $name) { suggestedCollaborators(${page}) { totalCount edges { commonCoauthorCount node { name } } } } }`,
    { name },
  );
  expect(errors).toBeUndefined();
  const { totalCount, edges } = (data as { author: { suggestedCollaborators: { totalCount: number; edges: { commonCoauthorCount: number; node: { name: string } }[] } } }).author.suggestedCollaborators;
  return { totalCount, edges: edges.map((edge) => [edge.node.name, edge.commonCoauthorCount]) };
}

describe('suggestedCollaborators on the seed', () => {
  it('ranks authors not yet written with by coauthors in common, then by name', async () => {
    expect(await suggestions('Adam Jermyn', 'first: 4')).toEqual({
      totalCount: 60,
      edges: [
        ['Anna Chen', 20],
        ['Danny Hernandez', 20],
        ['Dustin Li', 20],
        ['Jackson Kernion', 20],
      ],
    });
  });

  it('ends with the authors least connected to them', async () => {
    expect((await suggestions('Adam Jermyn', 'last: 2')).edges).toEqual([
      ['Shannon Yang', 11],
      ['Venkatesa Chandrasekaran', 11],
    ]);
  });

  it('suggests no one to an author who has written with everyone', async () => {
    expect(await suggestions('Ethan Perez', 'first: 1')).toEqual({ totalCount: 0, edges: [] });
  });
});
