import { GraphQLError } from 'graphql';
import { tagForRequestId } from '../http/tagForRequestId.ts';

/** The `extensions.code` values clients can branch on; the README lists what each asks the client to change. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'AMBIGUOUS_NAME'
  | 'COST_LIMIT_EXCEEDED'
  | 'DEPTH_LIMIT_EXCEEDED'
  | 'ALIAS_LIMIT_EXCEEDED'
  | 'DIRECTIVE_LIMIT_EXCEEDED'
  | 'TOKEN_LIMIT_EXCEEDED'
  | 'DOCUMENT_SIZE_LIMIT_EXCEEDED'
  | 'BATCH_LIMIT_EXCEEDED'
  | 'EXECUTION_TIMEOUT'
  | 'NOT_READY'
  | 'CSRF_HEADER_REQUIRED'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BUDGET_EXCEEDED'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_MISMATCH'
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  | 'PERSISTED_QUERY_ONLY'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'READ_ONLY';

/**
 * An error meant for the client: never masked, with a code to branch on, a
 * message that says what to change and, during a request, the request's id
 * (`extensions.requestId`, as a masked error has), so a report of it finds the log lines.
 *
 * @example throw apiError('NOT_FOUND', 'No author has the id "x".', { argument: 'id' });
 */
export function apiError(
  code: ApiErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  const error = new GraphQLError(message, { extensions: { code, ...details } });
  tagForRequestId(error.extensions);
  return error;
}
