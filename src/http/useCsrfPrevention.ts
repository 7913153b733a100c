import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../schema/apiError.ts';

const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Yoga's CSRF prevention for POST: a POST a browser would send cross-site
 * without a preflight (form or text/plain body) needs an
 * `x-graphql-yoga-csrf` header, which a cross-site page cannot add. GET is
 * left open as the GraphQL-over-HTTP spec asks: Yoga runs no mutation over
 * GET, and the data is public, so a cross-site GET can neither change state
 * nor read anything. (Mutations also need a bearer token, which a browser
 * never adds on its own.)
 *
 * @example createYoga({ schema, plugins: [useCsrfPrevention()] })
 */
export function useCsrfPrevention(): Plugin {
  const { onRequestParse } = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      if (payload.request.method === 'GET') return undefined;
      try {
        return onRequestParse?.(payload);
      } catch {
        throw apiError(
          'CSRF_HEADER_REQUIRED',
          `A POST with a form, multipart or text/plain body needs an \`${CSRF_HEADER}\` header; or send JSON with \`content-type: application/json\`.`,
          { http: { status: 403 } },
        );
      }
    },
  };
}
