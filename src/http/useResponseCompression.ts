import type { Plugin } from 'graphql-yoga';
import { compress } from './compress.ts';
import { negotiateEncoding } from './negotiateEncoding.ts';
import { replaceBody } from './replaceBody.ts';

// GraphQL answers; streamed ones (event streams, multipart) are left alone.
const JSON_TYPE = /^application\/(?:graphql-response\+)?json\b/iu;

/**
 * Compresses JSON answers of at least `minBytes` with brotli or gzip, as
 * the request's `Accept-Encoding` allows (see `negotiateEncoding`). Smaller
 * answers are sent as they are: a few hundred bytes gain nothing from it.
 * Every JSON answer says `Vary: Accept-Encoding`, so caches keep the
 * compressed and plain forms apart. (whatwg-node's `useContentEncoding`
 * compresses every answer whatever its size, reads no `q`, sets no `Vary`,
 * and inflates compressed request bodies past the body size limit.)
 *
 * @example createYoga({ schema, plugins: [useResponseCompression({ minBytes: 1024 })] })
 */
export function useResponseCompression({ minBytes }: { readonly minBytes: number }): Plugin {
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const type = response.headers.get('content-type');
      if (type === null || !JSON_TYPE.test(type) || response.headers.has('content-encoding')) return;
      response.headers.append('vary', 'Accept-Encoding');
      const coding = negotiateEncoding(request.headers.get('accept-encoding'));
      const declared = response.headers.get('content-length');
      // Asked last: reading `body` turns the answer's text into a stream, work a plain answer is spared.
      if (coding === undefined || (declared !== null && Number(declared) < minBytes) || response.body === null) return;
      const body = new Uint8Array(await response.arrayBuffer());
      if (body.byteLength < minBytes) {
        setResponse(replaceBody(response, body, fetchAPI));
        return;
      }
      const compressed = await compress(body, coding);
      setResponse(replaceBody(response, compressed, fetchAPI, { changes: { 'content-encoding': coding, 'content-length': String(compressed.byteLength) } }));
    },
  };
}
