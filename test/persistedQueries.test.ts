import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { graphBounds } from '../src/limits/graphBounds.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { readConfig } from '../src/readConfig.ts';
import { createApp, type YogaOptions } from '../src/yoga.ts';
import { seedGraph } from './support/seedGraph.ts';

const QUERY = '{ author(name: "Ethan Perez") { paperCount coauthorCount } }';
const ANSWER = { data: { author: { paperCount: 6, coauthorCount: 98 } } };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const HASH = sha256(QUERY);
const persistedQuery = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });

let graph: CoauthorGraph;
beforeAll(async () => {
  graph = await seedGraph();
  graphBounds(graph);
});

interface Request {
  readonly query?: string;
  readonly documentId?: string;
  readonly extensions?: Record<string, unknown>;
}

/** An app over the seed, and functions that send a request to it by POST and by GET, returning status and body without request ids. */
function client(options: Partial<YogaOptions> = {}) {
  const yoga = createApp({ graph: () => graph, ...options });
  const reply = async (response: Response) => ({
    status: response.status,
    body: JSON.parse(await response.text(), (key, value: unknown) => (key === 'requestId' ? undefined : value)) as unknown,
  });
  return {
    post: async (request: Request) =>
      reply(await yoga.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) })),
    get: async (request: Request) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(request)) search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
      return reply(await yoga.fetch(`http://yoga/graphql?${search}`, { headers: { accept: 'application/json' } }));
    },
  };
}

const NOT_FOUND = { status: 200, body: { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] } };

describe.each(['post', 'get'] as const)('automatic persisted queries over %s', (method) => {
  it('answers an unknown hash with PersistedQueryNotFound, so that the client sends the query', async () => {
    const send = client()[method];
    expect(await send({ extensions: persistedQuery(HASH) })).toEqual(NOT_FOUND);
  });

  it('runs the query sent with its hash, then runs it again from the hash alone', async () => {
    const send = client()[method];
    expect(await send({ query: QUERY, extensions: persistedQuery(HASH) })).toEqual({ status: 200, body: { ...ANSWER, extensions: { cost: 1 } } });
    expect(await send({ extensions: persistedQuery(HASH) })).toEqual({ status: 200, body: { ...ANSWER, extensions: { cost: 1 } } });
  });

  it('refuses a query whose hash is not its own, and does not store it', async () => {
    const send = client()[method];
    const wrong = sha256('{ stats { authorCount } }');
    expect(await send({ query: QUERY, extensions: persistedQuery(wrong) })).toEqual({
      status: 200,
      body: {
        errors: [
          {
            message:
              `extensions.persistedQuery.sha256Hash is "${wrong}", but the query's SHA-256 (of its UTF-8 text, in hex) is "${HASH}". ` +
              'Send the hash of the exact query text.',
            extensions: { code: 'PERSISTED_QUERY_MISMATCH' },
          },
        ],
      },
    });
    expect(await send({ extensions: persistedQuery(wrong) })).toEqual(NOT_FOUND);
  });
});

describe('the store of automatic persisted queries', () => {
  it('forgets the least recently used document beyond its size', async () => {
    const { post } = client({ persisted: { apqEntries: 2 } });
    const store = (query: string) => post({ query, extensions: persistedQuery(sha256(query)) });
    const byHash = (query: string) => post({ extensions: persistedQuery(sha256(query)) });
    await store('{ papers { totalCount } }');
    await store('{ authors { totalCount } }');
    // Asked for again, the first becomes the most recently used, so the third pushes out the second.
    await byHash('{ papers { totalCount } }');
    await store(QUERY);
    expect(await byHash('{ authors { totalCount } }')).toEqual(NOT_FOUND);
    expect((await byHash('{ papers { totalCount } }')).body).toEqual({ data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } });
  });

  it('refuses a persisted operation over the cost limit as it refuses the same query sent', async () => {
    const { post } = client({ limits: { ...DEFAULT_LIMITS, cost: 5 } });
    const query = '{ authors(first: 10) { edges { node { name } } } }';
    const sent = await post({ query, extensions: persistedQuery(sha256(query)) });
    expect(sent.body).toMatchObject({ errors: [{ extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 11, limit: 5 } }] });
    expect(await post({ extensions: persistedQuery(sha256(query)) })).toEqual(sent);
  });
});

describe('trusted documents only (--persisted-only)', () => {
  const trusted = () => client({ persisted: { apqEntries: 1000, trustedDocuments: new Map([['author-counts', QUERY]]) } });

  it('runs a listed document asked for by documentId, by POST and by GET', async () => {
    const { post, get } = trusted();
    expect(await post({ documentId: 'author-counts' })).toEqual({ status: 200, body: { ...ANSWER, extensions: { cost: 1 } } });
    expect(await get({ documentId: 'author-counts' })).toEqual({ status: 200, body: { ...ANSWER, extensions: { cost: 1 } } });
  });

  it('runs a listed document asked for by its Apollo hash', async () => {
    const { get } = client({ persisted: { apqEntries: 1000, trustedDocuments: new Map([[HASH, QUERY]]) } });
    expect(await get({ extensions: persistedQuery(HASH) })).toEqual({ status: 200, body: { ...ANSWER, extensions: { cost: 1 } } });
  });

  it('refuses an id that is not listed, naming it, by POST and by GET', async () => {
    const refusal = {
      status: 200,
      body: {
        errors: [
          {
            message:
              'No trusted document has the id "nope"; this server runs only the operations of its --persisted-only list. ' +
              'Build the client with the list the server was started with.',
            extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' },
          },
        ],
      },
    };
    expect(await trusted().post({ documentId: 'nope' })).toEqual(refusal);
    expect(await trusted().get({ documentId: 'nope' })).toEqual(refusal);
  });

  it('refuses a query text, even one that is listed, and stores nothing', async () => {
    const { post } = trusted();
    const refused = await post({ query: QUERY, extensions: persistedQuery(HASH) });
    expect(refused.body).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_ONLY' } }] });
    expect((refused.body as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^The request sends a query text; this server runs only/u);
    expect(await post({ extensions: persistedQuery(HASH) })).toMatchObject({ body: { errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }] } });
  });
});

describe('the --persisted-only file', () => {
  const file = (text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'persisted-documents.json');
    writeFileSync(path, text);
    return path;
  };

  it('is read as persisted-documents.json writes it', () => {
    const path = file(JSON.stringify({ [HASH]: QUERY }));
    expect(readConfig(['--persisted-only', path], {})?.persisted.trustedDocuments).toEqual(new Map([[HASH, QUERY]]));
  });

  it('names itself and the entry that is not a query', () => {
    const path = file('{ "a": "{ stats { authorCount } }", "b": 7 }');
    expect(() => readConfig([], { PERSISTED_ONLY: path })).toThrow(`PERSISTED_ONLY: ${path}: the document "b" must be a query text (a non-empty string), got 7`);
  });
});
