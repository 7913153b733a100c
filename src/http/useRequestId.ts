import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { requestIds } from './currentRequestId.ts';

// A proxy's id is kept when it is plain enough to log safely.
const PLAIN_ID = /^[\w.:-]{1,64}$/u;

/**
 * Gives every request an id: the caller's `x-request-id` when it is plain,
 * else a fresh UUID. The id is `currentRequestId()` during the request's
 * handling (so logs and masked errors carry it) and is sent back in the
 * `x-request-id` response header.
 *
 * @example createYoga({ schema, plugins: [useRequestId()] })
 */
export function useRequestId(): Plugin {
  const ids = new WeakMap<Request, string>();
  return {
    instrumentation: {
      request({ request }, handle) {
        const given = request.headers.get('x-request-id');
        const id = given !== null && PLAIN_ID.test(given) ? given : randomUUID();
        ids.set(request, id);
        return requestIds.run(id, handle);
      },
    },
    onResponse({ request, response }) {
      const id = ids.get(request);
      if (id !== undefined) response.headers.set('x-request-id', id);
    },
  };
}
