import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { negotiateEncoding } from '../src/http/negotiateEncoding.ts';
import { createApp } from '../src/yoga.ts';
import { seedGraph } from './support/seedGraph.ts';

// Fifty names with their connection around them: about 2 KB of JSON.
const LARGE = '{ authors(first: 50, orderBy: NAME) { edges { node { name } } } }';
const SMALL = '{ papers { totalCount } }';

let graph: CoauthorGraph;
beforeAll(async () => (graph = await seedGraph()));

/** POSTs `query` in process with `acceptEncoding`; returns the coding, Vary, and the body bytes as sent. */
async function ask(query: string, acceptEncoding?: string) {
  const response = await createApp({ graph: () => graph }).fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) },
    body: JSON.stringify({ query }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { coding: response.headers.get('content-encoding'), vary: response.headers.get('vary'), length: response.headers.get('content-length'), body };
}

describe('response compression', () => {
  it('sends a large answer brotli-compressed, decompressing to the very JSON sent uncompressed', async () => {
    const plain = await ask(LARGE);
    const br = await ask(LARGE, 'gzip, deflate, br');
    expect(plain.body.length).toBeGreaterThan(1024);
    expect([plain.coding, br.coding, br.vary, Number(br.length)]).toEqual([null, 'br', 'Accept-Encoding', br.body.length]);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString());
    const names = (JSON.parse(plain.body.toString()) as { data: { authors: { edges: { node: { name: string } }[] } } }).data.authors.edges;
    expect(names).toHaveLength(50);
  });

  it('sends gzip to a client that accepts only gzip', async () => {
    const plain = await ask(LARGE);
    const gzip = await ask(LARGE, 'gzip');
    expect(gzip.coding).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString());
  });

  it('leaves a small answer uncompressed, though it says Vary', async () => {
    const small = await ask(SMALL, 'br, gzip');
    expect([small.coding, small.vary, small.body.toString()]).toEqual([null, 'Accept-Encoding', '{"data":{"papers":{"totalCount":6}},"extensions":{"cost":1}}']);
  });

  it('honours Accept-Encoding: identity and codings refused with q=0', async () => {
    expect((await ask(LARGE, 'identity')).coding).toBeNull();
    expect((await ask(LARGE, 'br;q=0, gzip;q=0')).coding).toBeNull();
    expect((await ask(LARGE, 'br;q=0, *')).coding).toBe('gzip');
  });
});

describe('negotiateEncoding', () => {
  it('picks the coding with the highest q, brotli on a tie, none when neither is accepted', () => {
    expect(['gzip, deflate, br', 'gzip;q=1, br;q=0.5', 'GZIP', '*', 'deflate', 'identity', ''].map(negotiateEncoding)).toEqual(['br', 'gzip', 'gzip', 'br', undefined, undefined, undefined]);
    expect(negotiateEncoding(null)).toBeUndefined();
  });
});
