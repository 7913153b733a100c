import { createHash } from 'node:crypto';
import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import { compress } from './compress.ts';
import { type ContentCoding, negotiateEncoding } from './negotiateEncoding.ts';

/** The GraphiQL page as last rendered, its validator, and its compressed forms, made once each. */
interface CachedPage {
  readonly page: string;
  readonly etag: string;
  readonly compressed: Map<ContentCoding, Promise<Buffer<ArrayBuffer>>>;
}

function cachePage(page: string): CachedPage {
  // Weak: the plain and compressed forms of the page share it.
  const etag = `W/"${createHash('sha256').update(page).digest('base64url').slice(0, 27)}"`;
  return { page, etag, compressed: new Map() };
}

/** Whether an `If-None-Match` header names `etag` (compared weakly, as RFC 9110 asks for it). */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//u, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * Makes the GraphiQL page (megabytes, its scripts and styles inline) cheap
 * to serve again: it is compressed once per coding and sent compressed to
 * clients that accept it, and it carries an `ETag` with
 * `Cache-Control: no-cache`, so a browser revalidates it and gets 304 with
 * no body while the page is unchanged (it changes only with the server's
 * version).
 *
 * @example createYoga({ schema, plugins: [useCacheableGraphiQL()] })
 */
export function useCacheableGraphiQL(): Plugin {
  let cached: CachedPage | undefined;
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (response.status !== 200 || !shouldRenderGraphiQL(request) || !response.headers.get('content-type')?.startsWith('text/html')) return;
      const page = await response.text();
      if (cached?.page !== page) cached = cachePage(page);
      const { etag, compressed } = cached;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', etag);
      headers.set('cache-control', 'no-cache');
      headers.append('vary', 'Accept-Encoding');
      if (matches(request.headers.get('if-none-match'), etag)) {
        headers.delete('content-length');
        setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const coding = negotiateEncoding(request.headers.get('accept-encoding'));
      if (coding === undefined) {
        setResponse(new fetchAPI.Response(page, { status: 200, headers }));
        return;
      }
      let body = compressed.get(coding);
      if (body === undefined) compressed.set(coding, (body = compress(Buffer.from(page), coding)));
      const bytes = await body;
      headers.set('content-encoding', coding);
      headers.set('content-length', String(bytes.byteLength));
      setResponse(new fetchAPI.Response(bytes, { status: 200, headers }));
    },
  };
}
