import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { WriteTokens } from '../auth/WriteTokens.ts';
import type { Curator } from '../curation/Curator.ts';
import { apiError } from '../schema/apiError.ts';
import { isAllowedOrigin } from './corsPolicy.ts';
import type { Context, WriteAccess } from '../schema/Context.ts';

/**
 * What a request may do: change the graph only with `Authorization: Bearer
 * TOKEN` for a token `tokens` lists, only from the server's own origin or
 * one `origins` lists (`--cors-origin`), and only on a server that keeps a
 * journal (`curator`). The token itself is neither kept nor logged.
 *
 * @example const access = writeAccessOf(request, tokens, curator, []);
 */
export function writeAccessOf(request: Request, tokens: WriteTokens | undefined, curator: Curator | undefined, origins: readonly string[]): WriteAccess {
  if (tokens === undefined || curator === undefined) return { kind: 'read-only' };
  if (!isAllowedOrigin(request, origins)) return { kind: 'foreign-origin', origin: request.headers.get('origin')! };
  const match = /^Bearer +(\S+)\s*$/iu.exec(request.headers.get('authorization') ?? '');
  if (match === null) return { kind: 'anonymous' };
  const name = tokens.writerOf(match[1]!);
  return name === undefined ? { kind: 'unknown-token' } : { kind: 'writer', name, curator };
}

/**
 * Refuses a mutation before it runs unless the request's `access` lets it
 * write: HTTP 401 `UNAUTHENTICATED` without a bearer token, 403 `FORBIDDEN`
 * with one no writer holds, 403 `READ_ONLY` on a server started without
 * `--write-tokens`, 403 `FORBIDDEN` too from an origin neither the server's
 * own nor listed by `--cors-origin`. Reads pass untouched. (Yoga runs no mutation sent by GET
 * at all, and `useCsrfPrevention` has already refused a form-like POST.)
 *
 * @example createYoga({ schema, plugins: [useWriteAccess()] })
 */
export function useWriteAccess(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const refusal = refusalFor(args.contextValue.access);
      if (refusal !== undefined) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}

function refusalFor(access: WriteAccess) {
  switch (access.kind) {
    case 'writer':
      return undefined;
    case 'read-only':
      return apiError('READ_ONLY', 'This server is read-only: it was started without --write-tokens and --store, so it takes no mutations.', { http: { status: 403 } });
    case 'anonymous':
      return apiError('UNAUTHENTICATED', 'A mutation needs `Authorization: Bearer TOKEN` with a write token.', {
        http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
      });
    case 'unknown-token':
      return apiError('FORBIDDEN', 'The bearer token is not a write token of this server.', { http: { status: 403 } });
    case 'foreign-origin':
      return apiError('FORBIDDEN', `Mutations are taken from this server's own origin and those --cors-origin lists, not from ${access.origin}.`, {
        http: { status: 403 },
      });
  }
}
