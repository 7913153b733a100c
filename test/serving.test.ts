import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { appClient, codesOf } from './support/appClient.ts';
import { seedGraph } from './support/seedGraph.ts';

const COUNT = '{ papers { totalCount } }';

/** The seed graph with one method replaced. */
async function graphWith(method: keyof CoauthorGraph, replacement: (...args: never[]) => unknown): Promise<CoauthorGraph> {
  const graph = await seedGraph();
  Object.defineProperty(graph, method, { value: replacement });
  return graph;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('health and readiness', () => {
  it('answer alive at once, ready and GraphQL only once the graph is loaded', async () => {
    let graph: CoauthorGraph | undefined;
    const { yoga, post } = appClient({ graph: () => graph });
    const status = async (path: string) => (await yoga.fetch(`http://yoga${path}`)).status;
    expect([await status('/healthz'), await status('/readyz')]).toEqual([200, 503]);
    const early = await post({ query: COUNT });
    expect([early.status, codesOf(early)]).toEqual([503, ['NOT_READY']]);
    graph = await seedGraph();
    expect([await status('/healthz'), await status('/readyz')]).toEqual([200, 200]);
    expect((await post({ query: COUNT })).body).toEqual({ data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } });
  });

  it('report not ready while the server drains', async () => {
    const graph = await seedGraph();
    const { yoga } = appClient({ graph: () => graph, ready: () => false });
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(503);
  });
});

describe('request ids and unexpected errors', () => {
  it('give every response an x-request-id, keeping a plain one the caller sent', async () => {
    const { post } = appClient({ graph: await seedGraph().then((g) => () => g) });
    expect((await post({ query: COUNT })).headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);
    expect((await post({ query: COUNT }, { 'x-request-id': 'lb-42.7' })).headers.get('x-request-id')).toBe('lb-42.7');
    expect((await post({ query: COUNT }, { 'x-request-id': 'a b\tc' })).headers.get('x-request-id')).not.toBe('a b\tc');
  });

  it('mask an unexpected error and log it under the id the response carries', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const graph = await graphWith('authorsByName', () => {
      throw new Error('disk on fire');
    });
    const reply = await appClient({ graph: () => graph }).post({ query: '{ author(name: "Ethan Perez") { name } }' });
    const id = reply.headers.get('x-request-id');
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ message: 'Unexpected error.', path: ['author'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: id } }),
    ]);
    expect(JSON.stringify(reply.body)).not.toContain('disk on fire');
    const line = logged.mock.calls.find(([tag]) => tag === `[request ${id}]`);
    expect(String(line?.[1])).toContain('disk on fire');
  });
});

describe('configuration switches', () => {
  it('serve GraphiQL by default and not when it is switched off', async () => {
    const graph = await seedGraph();
    const page = (graphiql?: boolean) => appClient({ graph: () => graph, graphiql }).yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect((await page()).headers.get('content-type')).toBe('text/html');
    expect((await page(false)).headers.get('content-type')).not.toBe('text/html');
  });

  it('answer introspection by default and refuse it when it is switched off', async () => {
    const graph = await seedGraph();
    const ask = (introspection?: boolean) => appClient({ graph: () => graph, introspection }).post({ query: '{ __schema { queryType { name } } }' });
    expect((await ask()).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await ask(false)).body.errors?.[0]?.message).toMatch(/introspection has been disabled/u);
  });

  it('hide field and value suggestions when asked (NODE_ENV=production)', async () => {
    const graph = await seedGraph();
    const ask = (hideSuggestions: boolean, body: unknown) => appClient({ graph: () => graph, hideSuggestions }).post(body);
    const typo = { query: '{ paper { titel } }' };
    const badEnum = { query: 'query($o: AuthorOrder!) { authors(orderBy: $o) { totalCount } }', variables: { o: 'NAM' } };
    expect((await ask(false, typo)).body.errors?.map((e) => e.message).join()).toContain('Did you mean "title"?');
    expect((await ask(true, typo)).body.errors?.map((e) => e.message).join()).not.toContain('Did you mean');
    expect((await ask(false, badEnum)).body.errors?.[0]?.message).toContain('Did you mean the enum value "NAME"?');
    expect((await ask(true, badEnum)).body.errors?.[0]?.message).not.toContain('Did you mean');
  });
});

describe('CSRF prevention', () => {
  const FORM = `query=${encodeURIComponent(COUNT)}`;

  it('refuses a form POST a cross-site page could send, and takes it with the header', async () => {
    const { yoga } = appClient({ graph: await seedGraph().then((g) => () => g) });
    const form = (headers: Record<string, string>) =>
      yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: FORM });
    const refused = await form({});
    expect([refused.status, ((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code]).toEqual([
      403,
      'CSRF_HEADER_REQUIRED',
    ]);
    expect((await form({ 'x-graphql-yoga-csrf': '1' })).status).toBe(200);
  });

  it('takes GET and JSON POST without the header', async () => {
    const { yoga, post } = appClient({ graph: await seedGraph().then((g) => () => g) });
    expect((await yoga.fetch(`http://yoga/graphql?${FORM}`)).status).toBe(200);
    expect((await post({ query: COUNT })).status).toBe(200);
  });
});

describe('the execution timeout', () => {
  it('answers EXECUTION_TIMEOUT for an operation that hangs, and the app keeps serving', async () => {
    // papersOfAuthors never answers: only the timeout can end the request.
    const graph = await graphWith('papersOfAuthors', () => new Promise(() => undefined));
    const { post } = appClient({ graph: () => graph, limits: { ...DEFAULT_LIMITS, timeoutMs: 50 } });
    const hung = await post({ query: '{ author(name: "Ethan Perez") { papers { totalCount } } }' });
    expect(codesOf(hung)).toEqual(['EXECUTION_TIMEOUT']);
    expect(hung.body.errors?.[0]?.message).toBe(
      'The operation ran longer than 50 ms and was stopped. Ask for less (smaller pages, fewer nested connections) and try again.',
    );
    expect((await post({ query: COUNT })).body.data).toEqual({ papers: { totalCount: 6 } });
  });
  it('stops an operation past its timeout at its next yield point: the graph is called no further', async () => {
    const seed = await seedGraph();
    // The batch of papers holds the event loop past the timeout, as a huge one would.
    const graph = await graphWith('papersOfAuthors', (authors: Parameters<CoauthorGraph['papersOfAuthors']>[0]) => {
      const until = Date.now() + 50;
      while (Date.now() < until);
      return seed.papersOfAuthors(authors);
    });
    let bylineCalls = 0;
    const authorsOfPapers = graph.authorsOfPapers.bind(graph);
    Object.defineProperty(graph, 'authorsOfPapers', {
      value: (papers: Parameters<CoauthorGraph['authorsOfPapers']>[0]) => {
        bylineCalls++;
        return authorsOfPapers(papers);
      },
    });
    const { post } = appClient({ graph: () => graph, jit: true, limits: { ...DEFAULT_LIMITS, timeoutMs: 10 } });
    const stopped = await post({ query: '{ authors(first: 3) { edges { node { papers { edges { node { authors { totalCount } } } } } } } }' });
    expect(codesOf(stopped)).toEqual(['EXECUTION_TIMEOUT']);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bylineCalls).toBe(0);
  });
});
