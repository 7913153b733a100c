import { describe, expect, it } from 'vitest';
import { graphBounds } from '../src/limits/graphBounds.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';
import { appClient, codesOf } from './support/appClient.ts';
import { watchedSeedGraph } from './support/watchedGraph.ts';

/** Posts `body` to a fresh app over a watched seed graph; returns the reply and how often resolvers read the graph. */
async function send(body: unknown, limits = DEFAULT_LIMITS) {
  const { graph, reads } = await watchedSeedGraph();
  // A server finds the snapshot's bounds, which the cost estimate reads, as it loads.
  graphBounds(graph);
  const before = reads();
  const reply = await appClient({ graph: () => graph, limits }).post(body);
  return { codes: codesOf(reply), message: reply.body.errors?.[0]?.message, reads: reads() - before, reply };
}

const repeat = (times: number, make: (i: number) => string) => Array.from({ length: times }, (_, i) => make(i)).join(' ');

/** `author(name: "Ethan Perez") { coauthors { edges { node { … name } } } }`: 1 + 3 levels per hop + the leaf. */
const nestedCoauthors = (hops: number) =>
  `{ author(name: "Ethan Perez") ${'{ coauthors(first: 1) { edges { node '.repeat(hops)}{ name }${' } } }'.repeat(hops)} }`;

const BOMB = `query Bomb($n: Int = 1) {
  authors(first: $n) { edges { node { coauthors(first: $n) { edges { node { papers(first: $n) { edges { node { title } } } } } } } } }
}`;

describe('the graphql-cop attacks are refused with their code before any resolver runs', () => {
  it('a control query does reach the graph, so a count of 0 means something', async () => {
    const { codes, reads } = await send({ query: '{ authors { totalCount } }' });
    expect(codes).toBeUndefined();
    expect(reads).toBeGreaterThan(0);
  });

  it('101 aliases', async () => {
    const { codes, message, reads } = await send({ query: `{ ${repeat(101, (i) => `a${i}: authors { totalCount }`)} }` });
    expect([codes, reads]).toEqual([['ALIAS_LIMIT_EXCEEDED'], 0]);
    expect(message).toMatch(/^The operation uses 101 aliases .*; the limit is 15\./u);
  });

  it('aliases hidden in a fragment spread many times', async () => {
    const query = `{ ${repeat(4, (i) => `x${i}: authors { ...F }`)} } fragment F on AuthorConnection { ${repeat(4, (i) => `t${i}: totalCount`)} }`;
    // 4 aliased spreads of a fragment with 4 aliases: 4 + 4 × 4 = 20.
    expect((await send({ query })).message).toMatch(/^The operation uses 20 aliases/u);
  });

  it('a batch of 10 operations', async () => {
    const { codes, reads, reply } = await send(Array.from({ length: 10 }, () => ({ query: '{ authors { totalCount } }' })));
    expect([codes, reads]).toEqual([['BATCH_LIMIT_EXCEEDED'], 0]);
    expect(reply.body.errors?.[0]?.message).toBe('This server takes one operation per request (batching is off); send the 10 operations as 10 requests.');
  });

  it('a batch over a configured batch limit', async () => {
    const batch = Array.from({ length: 4 }, () => ({ query: '{ authors { totalCount } }' }));
    expect((await send(batch, { ...DEFAULT_LIMITS, batch: 3 })).codes).toEqual(['BATCH_LIMIT_EXCEEDED']);
  });

  it('directive overloading', async () => {
    const { codes, message, reads } = await send({ query: `{ authors ${repeat(100, () => '@aa')} { totalCount } }` });
    expect([codes, reads]).toEqual([['DIRECTIVE_LIMIT_EXCEEDED'], 0]);
    expect(message).toMatch(/^The operation uses 100 directives .*; the limit is 50\./u);
  });

  it('a field repeated 1000 times', async () => {
    const { codes, reads } = await send({ query: `{ authors { ${repeat(1000, () => 'totalCount')} } }` });
    expect([codes, reads]).toEqual([['TOKEN_LIMIT_EXCEEDED'], 0]);
  });

  it('circular introspection', async () => {
    const query = '{ authors { totalCount } __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    const { codes, reads } = await send({ query });
    expect([codes, reads]).toEqual([['DEPTH_LIMIT_EXCEEDED'], 0]);
  });

  it('depth 23', async () => {
    const { codes, message, reads } = await send({ query: nestedCoauthors(7) });
    expect([codes, reads]).toEqual([['DEPTH_LIMIT_EXCEEDED'], 0]);
    expect(message).toMatch(/^The operation nests fields 23 levels deep; the limit is 12\./u);
  });

  it('depth hidden in nested fragments', async () => {
    const query = `{ author(name: "Ethan Perez") { ...A } }
      fragment A on Author { coauthors { edges { node { ...B } } } }
      fragment B on Author { coauthors { edges { node { ...C } } } }
      fragment C on Author { coauthors { edges { node { ...D } } } }
      fragment D on Author { coauthors { edges { node { name } } } }`;
    // author, then 4 hops of 3 levels, then name: 14.
    expect((await send({ query })).message).toMatch(/^The operation nests fields 14 levels deep/u);
  });

  it('a cost bomb hidden in variables', async () => {
    const { codes, message, reads, reply } = await send({ query: BOMB, variables: { n: 100 } });
    expect([codes, reads]).toEqual([['COST_LIMIT_EXCEEDED'], 0]);
    // By hand: papers 1 + 100; coauthor 1 + 101; coauthors 1 + 100 × 102; author 1 + 10,201; authors 1 + 100 × 10,202.
    expect(message).toMatch(/^The operation's estimated cost is 1,020,201; the limit is 50,000\. Most of it comes from `authors\.edges\.node\.coauthors\.edges\.node\.papers`/u);
    expect(reply.body.extensions).toEqual({ cost: 1_020_201 });
  });

  it('a cost bomb hidden in a variable default', async () => {
    const { codes, reads } = await send({ query: BOMB.replace('$n: Int = 1', '$n: Int = 100') });
    expect([codes, reads]).toEqual([['COST_LIMIT_EXCEEDED'], 0]);
  });

  it('a cost bomb of ids in a variable', async () => {
    const ids = Array.from({ length: 50_001 }, (_, i) => Buffer.from(`Author:${i}`).toString('base64'));
    const limits = { ...DEFAULT_LIMITS, bodyBytes: 10_000_000 };
    const { codes, message, reads } = await send({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }, limits);
    expect([codes, reads]).toEqual([['COST_LIMIT_EXCEEDED'], 0]);
    expect(message).toMatch(/cost is 50,001; .* comes from `nodes`/u);
  });

  it('the same operation with small variables runs', async () => {
    const { codes, reads, reply } = await send({ query: BOMB, variables: { n: 2 } });
    expect(codes).toBeUndefined();
    expect(reads).toBeGreaterThan(0);
    // papers 1 + 2; coauthor 1 + 3; coauthors 1 + 2 × 4; author 1 + 9; authors 1 + 2 × 10.
    expect(reply.body.extensions).toEqual({ cost: 21 });
  });
});

describe('the size limits', () => {
  it('refuse query text over the document size limit', async () => {
    const query = `{ authors { totalCount } } # ${'x'.repeat(DEFAULT_LIMITS.documentBytes)}`;
    const { codes, reads } = await send({ query });
    expect([codes, reads]).toEqual([['DOCUMENT_SIZE_LIMIT_EXCEEDED'], 0]);
  });

  it('answer 413 to a body over the body size limit', async () => {
    const { graph, reads } = await watchedSeedGraph();
    const reply = await appClient({ graph: () => graph }).post({ query: '{ authors { totalCount } }', variables: { pad: 'x'.repeat(DEFAULT_LIMITS.bodyBytes) } });
    expect([reply.status, codesOf(reply), reads()]).toEqual([413, ['REQUEST_ENTITY_TOO_LARGE'], 0]);
  });

  it('follow the configured numbers', async () => {
    const two = '{ a: authors { totalCount } b: papers { totalCount } }';
    expect((await send({ query: nestedCoauthors(1) }, { ...DEFAULT_LIMITS, depth: 4 })).codes).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    // 14 tokens: { a : authors { totalCount } b : papers { totalCount } }
    expect((await send({ query: two }, { ...DEFAULT_LIMITS, tokens: 13 })).codes).toEqual(['TOKEN_LIMIT_EXCEEDED']);
    expect((await send({ query: two }, { ...DEFAULT_LIMITS, tokens: 14 })).codes).toBeUndefined();
    expect((await send({ query: two }, { ...DEFAULT_LIMITS, aliases: 1 })).codes).toEqual(['ALIAS_LIMIT_EXCEEDED']);
    expect((await send({ query: `{ authors ${repeat(3, () => '@aa')} { totalCount } }` }, { ...DEFAULT_LIMITS, directives: 2 })).codes).toEqual([
      'DIRECTIVE_LIMIT_EXCEEDED',
    ]);
    // authors: 1 + 6 authors.
    const six = '{ authors(first: 6) { edges { node { name } } } }';
    expect((await send({ query: six }, { ...DEFAULT_LIMITS, cost: 6 })).codes).toEqual(['COST_LIMIT_EXCEEDED']);
    expect((await send({ query: six }, { ...DEFAULT_LIMITS, cost: 7 })).codes).toBeUndefined();
  });
});
