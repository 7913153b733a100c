import { beforeAll, describe, expect, it } from 'vitest';
import { authorId } from './support/authorId.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';

// Worked out from fixtures/seed.txt. Adam Jermyn is only on Sleeper Agents
// (2401.05566) and Venkatesa Chandrasekaran only on Question Decomposition
// (2307.11768), so they are two steps apart through anyone on both bylines;
// of those eleven, Ansh Radhakrishnan comes first alphabetically.

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

const RESULT = `__typename
  ... on CollaborationPath { length authors { name } hops { collaborationCount papers { edges { node { arxivId } } } } }
  ... on NoCollaborationPath { reason maxLength }`;

async function path(from: string, to: string, maxLength?: number) {
  const variables = { from: await authorId(query, from), to: await authorId(query, to), maxLength };
  const { data, errors } = await query(
    `query($from: ID!, $to: ID!, $maxLength: Int) { collaborationPath(from: $from, to: $to, maxLength: $maxLength) { ${RESULT} } }`,
    variables,
  );
  expect(errors).toBeUndefined();
  return data?.['collaborationPath'];
}

const hop = (count: number, ...arxivIds: string[]) => ({
  collaborationCount: count,
  papers: { edges: arxivIds.map((arxivId) => ({ node: { arxivId } })) },
});

describe('collaborationPath on the seed', () => {
  it('joins two authors of different papers through the alphabetically first author of both', async () => {
    expect(await path('Adam Jermyn', 'Venkatesa Chandrasekaran')).toEqual({
      __typename: 'CollaborationPath',
      length: 2,
      authors: [{ name: 'Adam Jermyn' }, { name: 'Ansh Radhakrishnan' }, { name: 'Venkatesa Chandrasekaran' }],
      hops: [hop(1, '2401.05566'), hop(1, '2307.11768')],
    });
  });

  it('gives coauthors a one-step path with every shared paper, newest first', async () => {
    expect(await path('Ethan Perez', 'Jared Kaplan')).toEqual({
      __typename: 'CollaborationPath',
      length: 1,
      authors: [{ name: 'Ethan Perez' }, { name: 'Jared Kaplan' }],
      hops: [hop(6, '2401.05566', '2307.11768', '2307.13702', '2302.07459', '2212.09251', '2212.08073')],
    });
  });

  it('treats merged name variants as one person', async () => {
    // "Timothy Maxwell" signs Measuring Faithfulness (2307.13702), Shannon Yang's only paper.
    expect(await path('Tim Maxwell', 'Shannon Yang')).toMatchObject({ length: 1, hops: [hop(1, '2307.13702')] });
  });

  it('answers with a reason, not an error, when the path is longer than maxLength', async () => {
    expect(await path('Adam Jermyn', 'Venkatesa Chandrasekaran', 1)).toEqual({
      __typename: 'NoCollaborationPath',
      reason: 'LONGER_THAN_MAX_LENGTH',
      maxLength: 1,
    });
  });

  it('is also a field of Author', async () => {
    const to = await authorId(query, 'Venkatesa Chandrasekaran');
    const { data } = await query(
      `query($to: ID!) { author(name: "Adam Jermyn") { pathTo(to: $to) { ... on CollaborationPath { authors { name } } } } }`,
      { to },
    );
    expect(data).toEqual({
      author: { pathTo: { authors: [{ name: 'Adam Jermyn' }, { name: 'Ansh Radhakrishnan' }, { name: 'Venkatesa Chandrasekaran' }] } },
    });
  });

  it('refuses a paper id as an end with BAD_USER_INPUT naming the argument', async () => {
    const paper = Buffer.from('Paper:arxiv:2212.08073').toString('base64');
    const from = await authorId(query, 'Adam Jermyn');
    const { errors } = await query('query($from: ID!, $to: ID!) { collaborationPath(from: $from, to: $to) { __typename } }', { from, to: paper });
    expect(errors?.map((error) => [error.message, error.extensions?.['code'], error.extensions?.['argument']])).toEqual([
      ['`to` is the id of a Paper, not of an Author.', 'BAD_USER_INPUT', 'to'],
    ]);
  });
});
