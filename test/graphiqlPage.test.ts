import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/yoga.ts';

const yoga = createApp({ graph: () => undefined });

/** GETs the GraphiQL page in process as a browser would, with `headers` added. */
async function page(headers: Record<string, string> = {}) {
  const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html', ...headers } });
  const header = (name: string) => response.headers.get(name);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), header };
}

describe('the GraphiQL page', () => {
  it('is sent gzip-compressed to a client that accepts it, a fraction of its size, decompressing to the page itself', async () => {
    const plain = await page();
    const gzip = await page({ 'accept-encoding': 'gzip' });
    expect([plain.status, plain.header('content-encoding'), gzip.status, gzip.header('content-encoding')]).toEqual([200, null, 200, 'gzip']);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 3);
    expect(plain.body.toString()).toContain('<title>coauthor-graph</title>');
  });

  it('carries one ETag in every form, with Cache-Control: no-cache so browsers revalidate it', async () => {
    const [plain, br] = [await page(), await page({ 'accept-encoding': 'br' })];
    expect(plain.header('etag')).toMatch(/^W\/"[\w-]{27}"$/u);
    expect([br.header('content-encoding'), br.header('etag'), br.header('cache-control'), br.header('vary')]).toEqual(['br', plain.header('etag'), 'no-cache', 'Accept-Encoding']);
  });

  it('answers 304 with no body to a request naming its ETag, and 200 to one naming another', async () => {
    const etag = (await page()).header('etag')!;
    const unchanged = await page({ 'if-none-match': etag, 'accept-encoding': 'gzip' });
    expect([unchanged.status, unchanged.body.length, unchanged.header('etag')]).toEqual([304, 0, etag]);
    expect((await page({ 'if-none-match': 'W/"older"' })).status).toBe(200);
  });
});
