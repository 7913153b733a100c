import type { Plugin } from 'graphql-yoga';
import { apiError } from '../schema/apiError.ts';

/** The POST bodies Yoga reads here (multipart is off: no field takes an upload). */
const ACCEPTED = ['application/json', 'application/graphql+json', 'application/graphql', 'application/x-www-form-urlencoded'];

/**
 * Media types as RFC 9110 has them: case-insensitive, so
 * `Content-Type: APPLICATION/JSON` is read as JSON (Yoga compares them
 * case-sensitively), and a POST body of any other type is refused with 415
 * and an `UNSUPPORTED_MEDIA_TYPE` error naming the types accepted (Yoga
 * sends its 415 with no body). The body size limit is still checked first.
 *
 * @example createYoga({ schema, plugins: [useMediaTypeCheck()] })
 */
export function useMediaTypeCheck(): Plugin {
  return {
    onRequest({ request }) {
      const contentType = request.headers.get('content-type');
      if (contentType === null) return;
      const [type = '', ...parameters] = contentType.split(';');
      const lowered = type.trim().toLowerCase();
      // Only the type is lowered: a parameter value (a boundary) may be case-sensitive.
      if (lowered !== type) request.headers.set('content-type', [lowered, ...parameters].join(';'));
    },
    onRequestParse({ request, requestParser, setRequestParser }) {
      if (request.method !== 'POST' || requestParser !== undefined) return;
      const given = request.headers.get('content-type');
      // A parser that refuses, so that Yoga's body size check, which wraps the parser, still comes first.
      setRequestParser(() => {
        throw apiError(
          'UNSUPPORTED_MEDIA_TYPE',
          `A POST body must be one of ${ACCEPTED.join(', ')}; ${given === null ? 'this one has no Content-Type' : `got \`${given}\``}.`,
          { http: { status: 415 } },
        );
      });
    },
  };
}
