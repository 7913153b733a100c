import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useExplorerPage } from '../src/http/useExplorerPage.ts';
import { schema } from '../src/schema/index.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const write = scratchFolder('explorer-build');
const PAGE = '<!doctype html><title>explorer</title><script type="module" src="/explore/assets/index-AbC_12.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(2000))});`;
const index = write('index.html', PAGE);
mkdirSync(`${dirname(index)}/assets`);
write('assets/index-AbC_12.js', SCRIPT);
const build = pathToFileURL(`${dirname(index)}/`);

const yoga = createYoga({ schema, plugins: [useExplorerPage(build)], logging: false });
const missing = createYoga({ schema, plugins: [useExplorerPage(new URL('nowhere/', build))], logging: false });

async function get(app: typeof yoga, path: string, headers: Record<string, string> = {}) {
  const response = await app.fetch(`http://yoga${path}`, { headers });
  const header = (name: string) => response.headers.get(name);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), header };
}

describe('the explorer page at /explore', () => {
  it('is the build’s index.html at /explore, with or without a query string or a final slash, revalidated each time', async () => {
    for (const path of ['/explore', '/explore?author=Ethan%20Perez', '/explore/']) {
      const { status, body, header } = await get(yoga, path);
      expect([status, header('content-type'), header('cache-control'), body.toString()]).toEqual([200, 'text/html; charset=utf-8', 'no-cache', PAGE]);
    }
  });

  it('answers a revalidation of an unchanged page with 304 and no body, and says its types are not to be sniffed', async () => {
    const first = await get(yoga, '/explore');
    const etag = first.header('etag')!;
    // A weak validator of the page's bytes: W/ and 27 characters of its SHA-256.
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/u);
    expect([first.header('x-content-type-options'), (await get(yoga, '/explore/nope')).header('x-content-type-options')]).toEqual(['nosniff', 'nosniff']);
    const again = await get(yoga, '/explore?author=Ethan%20Perez', { 'if-none-match': etag });
    expect([again.status, again.body.byteLength, again.header('etag')]).toEqual([304, 0, etag]);
    expect((await get(yoga, '/explore', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('sends its hashed assets with their content type, cached for good, gzip-compressed when accepted', async () => {
    const { status, body, header } = await get(yoga, '/explore/assets/index-AbC_12.js', { 'accept-encoding': 'gzip' });
    expect([status, header('content-type'), header('cache-control'), header('content-encoding'), header('vary')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
      'gzip',
      'Accept-Encoding',
    ]);
    expect(gunzipSync(body).toString()).toBe(SCRIPT);
    expect(Number(header('content-length'))).toBe(body.length);
  });

  it('answers 404 in words for a file the build does not have, and for any other path under /explore/', async () => {
    const absent = await get(yoga, '/explore/assets/other-1.js');
    const outside = await get(yoga, '/explore/src/main.ts');
    expect([absent.status, absent.body.toString()]).toEqual([404, 'No file /explore/assets/other-1.js in the explorer build.\n']);
    expect([outside.status, outside.body.toString()]).toEqual([404, 'No file /explore/src/main.ts in the explorer page.\n']);
  });

  it('refuses a POST with 405 and the methods it allows', async () => {
    const response = await yoga.fetch('http://yoga/explore', { method: 'POST', body: '' });
    expect([response.status, response.headers.get('allow'), await response.text()]).toEqual([405, 'GET, HEAD', 'POST is not allowed here; use GET.\n']);
  });

  it('answers 503 saying how to build the page when there is no build', async () => {
    const { status, body, header } = await get(missing, '/explore?author=Ethan%20Perez');
    expect([status, header('content-type'), body.toString()]).toEqual([
      503,
      'text/plain; charset=utf-8',
      'The explorer page is not built: run `npm run build:web` (npm install and npm ci run it), then reload.\n',
    ]);
  });
});
