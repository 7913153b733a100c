import { InMemoryCache, type TypePolicies } from '@apollo/client/cache';
import { gql, type DocumentNode } from '@apollo/client/core';
import { relayStylePagination } from '@apollo/client/utilities';
import { print } from 'graphql';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { authorId } from './support/authorId.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Apollo Client's InMemoryCache normalizes what the server sends by
// `__typename` and `id`, as a drawing client's cache would. Anna Chen is in
// Carol Chen's four-node network at distance 1 (see networkQuery.test.ts) and
// the center of her own, where the three coauthors on all five of her papers
// come first, alphabetically. Carol Chen reaches Benoit Steiner through Anna
// Chen, the alphabetically first of their common coauthors.

const NETWORK = gql`
  query ($center: ID!) {
    network(center: [$center], maxNodes: 4) {
      truncated
      nodes {
        key
        label
        distance
        ... on NetworkAuthor {
          paperCount
          author { id name paperCount }
        }
      }
      edges { source target weight }
    }
  }
`;

/** The type policies the README's "Using a normalized cache" section gives Apollo Client. */
const README_TYPE_POLICIES: TypePolicies = {
  GraphStats: { merge: true },
  Network: { merge: true },
  CollaborationPath: { merge: true },
  Author: { fields: { coauthors: relayStylePagination(['orderBy']) } },
};

let query: ReturnType<typeof graphqlClient>;
let consoleCalls: MockInstance[];
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});
beforeEach(() => {
  consoleCalls = (['warn', 'error', 'log', 'info', 'debug'] as const).map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Asks the server for `document` as the cache will store it (with `__typename`s), writes the answer in, and returns it. */
async function fetchInto(cache: InMemoryCache, document: DocumentNode, variables: Record<string, unknown> = {}): Promise<unknown> {
  const { data, errors } = await query(print(cache.transformDocument(document)), variables);
  expect(errors).toBeUndefined();
  cache.writeQuery({ query: document, variables, data: data as Record<string, unknown> });
  return data;
}

function consoleOutput(): unknown[][] {
  return consoleCalls.flatMap((spy) => spy.mock.calls);
}

describe('a normalized cache (Apollo InMemoryCache) over the server’s answers', () => {
  it('reads back two networks that share authors as the server sent them', async () => {
    const cache = new InMemoryCache();
    const carol = { center: await authorId(query, 'Carol Chen') };
    const anna = { center: await authorId(query, 'Anna Chen') };
    const sentForCarol = await fetchInto(cache, NETWORK, carol);
    const sentForAnna = await fetchInto(cache, NETWORK, anna);
    const distances = (data: unknown) =>
      (data as { network: { nodes: { label: string; distance: number }[] } }).network.nodes.map(({ label, distance }) => `${label}@${distance}`);
    expect([distances(sentForCarol), distances(sentForAnna)]).toEqual([
      ['Carol Chen@0', 'Anna Chen@1', 'Danny Hernandez@1', 'Ethan Perez@1'],
      ['Anna Chen@0', 'Danny Hernandez@1', 'Ethan Perez@1', 'Jackson Kernion@1'],
    ]);
    expect(cache.readQuery({ query: NETWORK, variables: carol })).toEqual(sentForCarol);
    expect(cache.readQuery({ query: NETWORK, variables: anna })).toEqual(sentForAnna);
    expect(consoleOutput()).toEqual([]);
  });

  it('merges two selections of the id-less stats and path objects without a warning, given the README’s type policies', async () => {
    const cache = new InMemoryCache({ typePolicies: README_TYPE_POLICIES });
    const ids = { from: await authorId(query, 'Carol Chen'), to: await authorId(query, 'Benoit Steiner') };
    const pathQuery = (fields: string) => gql`query ($from: ID!, $to: ID!) { collaborationPath(from: $from, to: $to) { ... on CollaborationPath { ${fields} } } }`;
    await fetchInto(cache, gql`{ stats { authorCount } }`);
    await fetchInto(cache, gql`{ stats { paperCount } }`);
    await fetchInto(cache, pathQuery('length'), ids);
    await fetchInto(cache, pathQuery('authors { name }'), ids);
    expect(cache.readQuery({ query: gql`{ stats { authorCount paperCount } }` })).toEqual({ stats: { __typename: 'GraphStats', authorCount: 99, paperCount: 6 } });
    expect(cache.readQuery({ query: pathQuery('length authors { name }'), variables: ids })).toEqual({
      collaborationPath: {
        __typename: 'CollaborationPath',
        length: 2,
        authors: [
          { __typename: 'Author', name: 'Carol Chen' },
          { __typename: 'Author', name: 'Anna Chen' },
          { __typename: 'Author', name: 'Benoit Steiner' },
        ],
      },
    });
    expect(consoleOutput()).toEqual([]);
  });

  it('joins two pages of an author’s coauthors in the order the server sent them, given the README’s type policies', async () => {
    const cache = new InMemoryCache({ typePolicies: README_TYPE_POLICIES });
    const coauthors = gql`
      query ($id: ID!, $after: String) {
        node(id: $id) { id ... on Author { coauthors(first: 2, after: $after) { edges { cursor collaborationCount node { id name } } pageInfo { endCursor hasNextPage } } } }
      }
    `;
    type Page = { node: { coauthors: { edges: unknown[]; pageInfo: { endCursor: string } } } };
    const id = await authorId(query, 'Carol Chen');
    const first = (await fetchInto(cache, coauthors, { id })) as Page;
    const second = (await fetchInto(cache, coauthors, { id, after: first.node.coauthors.pageInfo.endCursor })) as Page;
    const read = cache.readQuery({ query: coauthors, variables: { id } }) as Page;
    expect(read.node.coauthors.edges).toEqual([...first.node.coauthors.edges, ...second.node.coauthors.edges]);
    expect(read.node.coauthors.edges).toHaveLength(4);
    expect(consoleOutput()).toEqual([]);
  });
});
