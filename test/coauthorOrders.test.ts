import { describe, expect, it } from 'vitest';
import { graphqlClient } from './support/graphqlClient.ts';
import { smallGraph } from './support/smallGraph.ts';

// Papers 1–5, published 2001–2005. A wrote with Yan in 2001 and 2002, with Cal
// in 2001 and 2004, with Bea in 2003 and with Dot in 2004; Cal and Dot also
// wrote paper 5 without A.
const [graph] = smallGraph([['A', 'Yan', 'Cal'], ['A', 'Yan'], ['A', 'Bea'], ['A', 'Cal', 'Dot'], ['Cal', 'Dot']]);
const query = graphqlClient(graph);

async function coauthorsOfA(orderBy: string) {
  const { data, errors } = await query(`{ author(name: "A") { coauthors(orderBy: ${orderBy}) {
    edges { collaborationCount firstYear lastYear node { name } sharedPapers { edges { node { title } } } } } } }`);
  expect(errors).toBeUndefined();
  type Edge = { collaborationCount: number; firstYear: number; lastYear: number; node: { name: string }; sharedPapers: { edges: { node: { title: string } }[] } };
  return (data as { author: { coauthors: { edges: Edge[] } } }).author.coauthors.edges.map((edge) => [
    edge.node.name,
    edge.collaborationCount,
    edge.firstYear,
    edge.lastYear,
    edge.sharedPapers.edges.map(({ node }) => node.title).join(', '),
  ]);
}

describe('the orders of an author’s coauthors', () => {
  it('COLLABORATION_COUNT: most shared papers first, ties by name', async () => {
    expect(await coauthorsOfA('COLLABORATION_COUNT')).toEqual([
      ['Cal', 2, 2001, 2004, 'Paper 4, Paper 1'],
      ['Yan', 2, 2001, 2002, 'Paper 2, Paper 1'],
      ['Bea', 1, 2003, 2003, 'Paper 3'],
      ['Dot', 1, 2004, 2004, 'Paper 4'],
    ]);
  });

  it('NAME: alphabetically', async () => {
    expect((await coauthorsOfA('NAME')).map(([name]) => name)).toEqual(['Bea', 'Cal', 'Dot', 'Yan']);
  });

  it('NAME: pages after a cursor and back before one, read from the row in place', async () => {
    const { data } = await query('{ author(name: "A") { coauthors(orderBy: NAME, first: 2) { pageInfo { endCursor } } } }');
    const cursor = (data as { author: { coauthors: { pageInfo: { endCursor: string } } } }).author.coauthors.pageInfo.endCursor;
    const page = await query(`{ author(name: "A") {
      next: coauthors(orderBy: NAME, first: 5, after: "${cursor}") { totalCount edges { collaborationCount node { name } } }
      back: coauthors(orderBy: NAME, last: 1, before: "${cursor}") { edges { node { name } } } } }`);
    expect(page.data).toEqual({
      author: {
        next: { totalCount: 4, edges: [{ collaborationCount: 1, node: { name: 'Dot' } }, { collaborationCount: 2, node: { name: 'Yan' } }] },
        back: { edges: [{ node: { name: 'Bea' } }] },
      },
    });
  });

  it('RECENT: latest shared paper first, then most shared papers, then by name', async () => {
    // Cal and Dot share paper 4 (2004) with A; Cal shares two papers with A, Dot one.
    expect((await coauthorsOfA('RECENT')).map(([name]) => name)).toEqual(['Cal', 'Dot', 'Bea', 'Yan']);
  });
});
