import { beforeAll, describe, expect, it } from 'vitest';
import { appClient } from './support/appClient.ts';
import { graphqlClient, type GraphQLResponse } from './support/graphqlClient.ts';
import { seedGraph } from './support/seedGraph.ts';

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await seedGraph());
});

const b64 = (text: string) => Buffer.from(text).toString('base64');

function errorsOf(response: GraphQLResponse) {
  return response.errors?.map(({ message, path, extensions }) => ({ message, path, code: extensions?.code }));
}

describe('bad input', () => {
  it('an unknown author id is NOT_FOUND and leaves the rest of the answer intact', async () => {
    const response = await query(`{ author(id: "${b64('Author:0000000000000000')}") { name } papers { totalCount } }`);
    expect(response.data).toEqual({ author: null, papers: { totalCount: 6 } });
    expect(errorsOf(response)).toEqual([
      { message: 'No author has the id "0000000000000000" in the loaded data.', path: ['author'], code: 'NOT_FOUND' },
    ]);
  });

  it('node(id:) of an unknown paper is NOT_FOUND', async () => {
    expect(errorsOf(await query(`{ node(id: "${b64('Paper:arxiv:0000.00000')}") { id } }`))).toEqual([
      { message: 'No paper has the id "arxiv:0000.00000" in the loaded data.', path: ['node'], code: 'NOT_FOUND' },
    ]);
  });

  it('nodes(ids:) answers known ids and marks the unknown one in place', async () => {
    const response = await query(`{ nodes(ids: ["${b64('Paper:arxiv:2212.08073')}", "${b64('Paper:nope')}"]) { ... on Paper { arxivId } } }`);
    expect(response.data).toEqual({ nodes: [{ arxivId: '2212.08073' }, null] });
    expect(errorsOf(response)).toEqual([{ message: 'No paper has the id "nope" in the loaded data.', path: ['nodes', 1], code: 'NOT_FOUND' }]);
  });

  it('an id that this server never issued is BAD_USER_INPUT', async () => {
    expect(errorsOf(await query('{ node(id: "not-an-id") { id } }'))?.[0]?.code).toBe('BAD_USER_INPUT');
  });

  it('a paper id where an author id belongs is BAD_USER_INPUT', async () => {
    expect(errorsOf(await query(`{ author(id: "${b64('Paper:arxiv:2212.08073')}") { name } }`))).toEqual([
      { message: '`id` is the id of a Paper, not of an Author.', path: ['author'], code: 'BAD_USER_INPUT' },
    ]);
  });

  it('author needs exactly one of id and name', async () => {
    expect(errorsOf(await query('{ author { name } }'))?.[0]?.message).toBe('Give `author` exactly one of `id` or `name`.');
  });

  it('an unknown name is NOT_FOUND with a hint to search', async () => {
    expect(errorsOf(await query('{ author(name: "Nobody Here") { name } }'))).toEqual([
      { message: 'No author is named "Nobody Here": try `authors(search: "Nobody Here")`.', path: ['author'], code: 'NOT_FOUND' },
    ]);
  });

  it('a node id round-trips through node(id:)', async () => {
    const { data } = await query('{ author(name: "Dario Amodei") { id } }');
    const { id } = (data as { author: { id: string } }).author;
    expect((await query('query($id: ID!) { node(id: $id) { ... on Author { name paperCount } } }', { id })).data).toEqual({
      node: { name: 'Dario Amodei', paperCount: 3 },
    });
  });
});

describe('crafted ids and variables', () => {
  const fields = [
    (id: string) => `{ node(id: "${id}") { id } }`,
    (id: string) => `{ nodes(ids: ["${id}"]) { id } }`,
    (id: string) => `{ author(id: "${id}") { name } }`,
    (id: string) => `{ paper(id: "${id}") { title } }`,
    (id: string) => `{ papers(filter: { authorId: "${id}" }) { totalCount } }`,
  ];
  const crafted = ['__proto__:x', 'String:x', 'Query:x', 'Node:x', 'PageInfo:x', 'Author:', 'constructor:x', 'toString:x'].map(b64).concat('not base64!');

  it.each(crafted)('the crafted id %s is BAD_USER_INPUT with the request id in every field that takes an id', async (id) => {
    const graph = await seedGraph();
    const { post } = appClient({ graph: () => graph });
    for (const field of fields) {
      const reply = await post({ query: field(id) });
      expect(reply.body.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
        {
          message: `"${id}" is not an id issued by this server; ids come from the \`id\` field of an Author or Paper.`,
          extensions: { code: 'BAD_USER_INPUT', requestId: reply.headers.get('x-request-id') },
        },
      ]);
    }
  });

  it('an id of the right form for an unknown author carries the request id with NOT_FOUND', async () => {
    const graph = await seedGraph();
    const reply = await appClient({ graph: () => graph }).post({ query: `{ node(id: "${b64('Author:x')}") { id } }` });
    expect(reply.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', requestId: reply.headers.get('x-request-id') });
  });

  it('a variable of the wrong type is BAD_USER_INPUT: 400 for graphql-response+json, 200 for plain JSON', async () => {
    const graph = await seedGraph();
    const { post } = appClient({ graph: () => graph });
    const body = { query: 'query($n: Int) { authors(first: $n) { totalCount } }', variables: { n: 'x' } };
    for (const [accept, status] of [
      ['application/graphql-response+json', 400],
      ['application/json', 200],
    ] as const) {
      const reply = await post(body, { accept, 'x-request-id': 'r-1' });
      expect([reply.status, reply.body]).toEqual([
        status,
        {
          errors: [
            {
              message: 'Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"',
              locations: [{ line: 1, column: 7 }],
              extensions: { code: 'BAD_USER_INPUT', requestId: 'r-1' },
            },
          ],
        },
      ]);
    }
  });

  it('a missing required variable is BAD_USER_INPUT', async () => {
    const graph = await seedGraph();
    const reply = await appClient({ graph: () => graph }).post({ query: 'query($id: ID!) { node(id: $id) { id } }' }, { 'x-request-id': 'r-2' });
    expect(reply.body.errors).toEqual([
      {
        message: 'Variable "$id" of required type "ID!" was not provided.',
        locations: [{ line: 1, column: 7 }],
        extensions: { code: 'BAD_USER_INPUT', requestId: 'r-2' },
      },
    ]);
  });

  it('an unused variable stays a validation error', async () => {
    const graph = await seedGraph();
    const reply = await appClient({ graph: () => graph }).post({ query: 'query($n: Int) { papers { totalCount } }' });
    expect(reply.body.errors?.map((error) => error.extensions?.['code'])).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
