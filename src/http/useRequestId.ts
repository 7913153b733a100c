import { randomUUID } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { hiddenCauseOf } from './maskUnexpectedError.ts';
import { isTaggedForRequestId } from './tagForRequestId.ts';

// A proxy's id is kept when it is plain enough to log safely.
const PLAIN_ID = /^[\w.:-]{1,64}$/u;

/**
 * Gives every request an id: the caller's `x-request-id` when it is plain,
 * else a fresh UUID, sent back in the `x-request-id` response header. Every
 * error made for the response (coded refusals, masked errors) gets it as
 * `extensions.requestId`, and what a masked error hid is logged under `[request <id>]`, so the id a client quotes finds
 * the stack trace. The id travels with the request object, not in async
 * context storage, whose hooks would tax every promise of every request.
 *
 * @example createYoga({ schema, plugins: [useRequestId()] })
 */
export function useRequestId(): Plugin {
  const ids = new WeakMap<Request, string>();
  const idOf = (request: Request): string => {
    let id = ids.get(request);
    if (id === undefined) {
      const given = request.headers.get('x-request-id');
      id = given !== null && PLAIN_ID.test(given) ? given : randomUUID();
      ids.set(request, id);
    }
    return id;
  };
  return {
    onResultProcess({ request, result }) {
      if (isAsyncIterable(result)) return;
      for (const { errors } of (Array.isArray(result) ? result : [result]) as ExecutionResult[]) {
        for (const error of errors ?? []) {
          if (!isTaggedForRequestId(error.extensions)) continue;
          const id = idOf(request);
          const cause = hiddenCauseOf(error);
          if (cause !== undefined) console.error(`[request ${id}]`, cause);
          Object.assign(error.extensions, { requestId: id });
        }
      }
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', idOf(request));
    },
  };
}
