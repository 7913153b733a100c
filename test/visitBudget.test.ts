import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { authorId } from './support/authorId.ts';
import { graphqlClient, type GraphQLResponse } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// 150 node visits: enough for a path between two coauthors on the seed
// (about 30 + 30 + 6), far too few for a path between two authors two steps
// apart (the eleven authors between them alone hold 700 coauthor entries) or
// for the network two steps around an author with 60 coauthors.
const VISITS = 150;

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph(), { limits: { ...DEFAULT_LIMITS, visits: VISITS } });
});

async function pathQuery(from: string, to: string): Promise<GraphQLResponse> {
  const variables = { from: await authorId(query, from), to: await authorId(query, to) };
  return query('query($from: ID!, $to: ID!) { collaborationPath(from: $from, to: $to) { ... on CollaborationPath { length } } }', variables);
}

async function networkQuery(center: string): Promise<GraphQLResponse> {
  const id = await authorId(query, center);
  return query('query($id: ID!) { network(center: [$id], depth: 2) { truncated } }', { id });
}

function refusal(response: GraphQLResponse) {
  return response.errors?.map((error) => ({ code: error.extensions?.['code'], limit: error.extensions?.['limit'], message: error.message }));
}

describe('the visit budget', () => {
  it('refuses a path search over budget with BUDGET_EXCEEDED while a concurrent path is answered', async () => {
    const [costly, cheap] = await Promise.all([
      pathQuery('Adam Jermyn', 'Venkatesa Chandrasekaran'),
      pathQuery('Benoit Steiner', 'Anna Chen'),
    ]);
    expect(costly.data).toEqual({ collaborationPath: null });
    expect(refusal(costly)).toEqual([
      {
        code: 'BUDGET_EXCEEDED',
        limit: VISITS,
        message:
          'The collaboration path needs more than the 150 node visits one request may make: lower maxLength.',
      },
    ]);
    expect([cheap.data, cheap.errors]).toEqual([{ collaborationPath: { length: 1 } }, undefined]);
  });

  it('refuses a network over budget while a concurrent request is answered', async () => {
    const [costly, cheap] = await Promise.all([networkQuery('Carol Chen'), query('{ author(name: "Carol Chen") { paperCount } }')]);
    expect(refusal(costly)?.map((error) => error.code)).toEqual(['BUDGET_EXCEEDED']);
    expect(cheap.data).toEqual({ author: { paperCount: 2 } });
  });

  it('gives every request a budget of its own', async () => {
    await networkQuery('Carol Chen');
    expect((await pathQuery('Benoit Steiner', 'Anna Chen')).data).toEqual({ collaborationPath: { length: 1 } });
  });
});
