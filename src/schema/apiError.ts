import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can branch on. */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'AMBIGUOUS_NAME';

/**
 * An error meant for the client: never masked, with a code to branch on and
 * a message that says what to change.
 *
 * @example throw apiError('NOT_FOUND', 'No author has the id "x".', { argument: 'id' });
 */
export function apiError(
  code: ApiErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details } });
}
