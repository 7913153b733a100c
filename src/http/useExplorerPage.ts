import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { compress } from './compress.ts';
import { etagMatches, weakEtag } from './etagMatches.ts';
import { type ContentCoding, negotiateEncoding } from './negotiateEncoding.ts';

/** Where `npm run build:web` (run by `npm install`) writes the page. */
const DEFAULT_BUILD = new URL('../../web/dist/', import.meta.url);

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

// Vite names assets by a hash of their content, so a name never changes
// meaning; a name holds no slash, so it cannot leave the assets folder.
const ASSET_PATH = /^\/explore\/assets\/[\w.-]+\.[A-Za-z0-9]+$/u;

// Every answer here is what its content type says: no browser guesses otherwise (a 404 repeats the path asked for).
const TEXT_HEADERS = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } as const;

/** A file of the build as read once, with its compressed forms made once each. */
interface BuiltFile {
  readonly bytes: Buffer<ArrayBuffer>;
  readonly type: string;
  readonly etag: string;
  readonly compressed: Map<ContentCoding, Promise<Buffer<ArrayBuffer>>>;
}

/**
 * Serves the explorer page (the Vite build of `web/`) at `/explore`, with
 * or without a query string, and its assets under `/explore/assets/`, from
 * the same origin as `/graphql`. Text is sent compressed to clients that
 * accept it; assets are cached for good (their names change with their
 * content), the page is revalidated. Without a build, `/explore` answers 503
 * with how to make one.
 *
 * @example createYoga({ schema, plugins: [useExplorerPage()] })
 */
export function useExplorerPage(build: URL = DEFAULT_BUILD): Plugin {
  const files = new Map<string, Promise<BuiltFile>>();
  const read = (name: string): Promise<BuiltFile> => {
    let file = files.get(name);
    if (file === undefined) {
      file = readFile(new URL(name, build)).then((bytes) => ({
        bytes: bytes as Buffer<ArrayBuffer>,
        type: CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        etag: weakEtag(bytes),
        compressed: new Map(),
      }));
      // A missing build may appear later (`npm run build:web` while the server runs); a
      // page read once is kept, so a new build is served after a restart.
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file;
  };
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      const isPage = pathname === '/explore' || pathname === '/explore/';
      const isAsset = ASSET_PATH.test(pathname);
      if (!isPage && !isAsset && !pathname.startsWith('/explore/')) return;
      if (!isPage && !isAsset) {
        endResponse(new fetchAPI.Response(`No file ${pathname} in the explorer page.\n`, { status: 404, headers: TEXT_HEADERS }));
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(`${request.method} is not allowed here; use GET.\n`, { status: 405, headers: { allow: 'GET, HEAD', ...TEXT_HEADERS } }));
        return;
      }
      let file: BuiltFile;
      try {
        file = await read(isPage ? 'index.html' : pathname.slice('/explore/'.length));
      } catch {
        const status = isPage ? 503 : 404;
        const text = isPage
          ? 'The explorer page is not built: run `npm run build:web` (npm install and npm ci run it), then reload.\n'
          : `No file ${pathname} in the explorer build.\n`;
        endResponse(new fetchAPI.Response(text, { status, headers: TEXT_HEADERS }));
        return;
      }
      const headers: Record<string, string> = {
        'content-type': file.type,
        'x-content-type-options': 'nosniff',
        'cache-control': isPage ? 'no-cache' : 'public, max-age=31536000, immutable',
        etag: file.etag,
        vary: 'Accept-Encoding',
      };
      // The page is revalidated on every visit: unchanged, it costs a 304 and no body.
      if (etagMatches(request.headers.get('if-none-match'), file.etag)) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const coding = file.type.startsWith('text/') || file.type === 'image/svg+xml' ? negotiateEncoding(request.headers.get('accept-encoding')) : undefined;
      let body = file.bytes;
      if (coding !== undefined) {
        let compressed = file.compressed.get(coding);
        if (compressed === undefined) file.compressed.set(coding, (compressed = compress(file.bytes, coding)));
        body = await compressed;
        headers['content-encoding'] = coding;
      }
      headers['content-length'] = String(body.byteLength);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
