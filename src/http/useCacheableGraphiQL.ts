import { type Plugin, shouldRenderGraphiQL } from 'graphql-yoga';
import { compress } from './compress.ts';
import { etagMatches, weakEtag } from './etagMatches.ts';
import { type ContentCoding, negotiateEncoding } from './negotiateEncoding.ts';
import { replaceBody } from './replaceBody.ts';

/** The GraphiQL page as last rendered, its validator, and its compressed forms, made once each. */
interface CachedPage {
  readonly page: string;
  readonly etag: string;
  readonly compressed: Map<ContentCoding, Promise<Buffer<ArrayBuffer>>>;
}

function cachePage(page: string): CachedPage {
  return { page, etag: weakEtag(page), compressed: new Map() };
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
  // Other HTML pages (the explorer) are served at other paths.
  let endpoint = '/graphql';
  return {
    onYogaInit({ yoga }) {
      endpoint = yoga.graphqlEndpoint;
    },
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (new URL(request.url).pathname !== endpoint || response.status !== 200 || !shouldRenderGraphiQL(request) || !response.headers.get('content-type')?.startsWith('text/html')) return;
      const page = await response.text();
      if (cached?.page !== page) cached = cachePage(page);
      const { etag, compressed } = cached;
      response.headers.append('vary', 'Accept-Encoding');
      const validators = { etag, 'cache-control': 'no-cache' };
      if (etagMatches(request.headers.get('if-none-match'), etag)) {
        setResponse(replaceBody(response, null, fetchAPI, { status: 304, changes: { ...validators, 'content-length': null } }));
        return;
      }
      const coding = negotiateEncoding(request.headers.get('accept-encoding'));
      if (coding === undefined) {
        setResponse(replaceBody(response, page, fetchAPI, { changes: validators }));
        return;
      }
      let body = compressed.get(coding);
      if (body === undefined) compressed.set(coding, (body = compress(Buffer.from(page), coding)));
      const bytes = await body;
      const changes = { ...validators, 'content-encoding': coding, 'content-length': String(bytes.byteLength) };
      setResponse(replaceBody(response, bytes, fetchAPI, { changes }));
    },
  };
}
