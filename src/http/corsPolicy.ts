import type { CORSOptions } from 'graphql-yoga';

/** How long a browser may reuse a preflight's answer: ten minutes, within every browser's cap (Chromium's is two hours). */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * The CORS answer for a request: an origin `allowed` lists (`--cors-origin`)
 * is named with credentials allowed; any other origin may read, without
 * credentials, since the data is public. Whether a mutation is accepted is
 * not CORS's to decide (a preflight does not say which operation follows):
 * `useWriteAccess` refuses mutations from origins other than the server's
 * own and the listed ones.
 *
 * @example createYoga({ schema, cors: corsPolicy(['https://lab.example.org']) })
 */
export function corsPolicy(allowed: readonly string[]): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.includes(origin)
      ? { origin: [origin], credentials: true, maxAge: CORS_MAX_AGE_SECONDS }
      : { origin: ['*'], credentials: false, maxAge: CORS_MAX_AGE_SECONDS };
  };
}

/**
 * Whether `request` may come from its `Origin`: none (not a browser, or a
 * same-origin GET), the server's own, or one `allowed` lists.
 *
 * @example isAllowedOrigin(request, ['https://lab.example.org'])
 */
export function isAllowedOrigin(request: Request, allowed: readonly string[]): boolean {
  const origin = request.headers.get('origin');
  return origin === null || origin === new URL(request.url).origin || allowed.includes(origin);
}
