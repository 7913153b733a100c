import type { GraphQLError } from 'graphql';
import { type ApiErrorCode, apiError } from '../schema/apiError.ts';

/**
 * An error that refuses a whole request before any resolver runs. Yoga reads
 * `extensions.http` and strips it from the response: the status is 400 for
 * clients that accept `application/graphql-response+json` and 200 for plain
 * `application/json`, as the GraphQL-over-HTTP spec asks.
 *
 * @example throw refusal('DEPTH_LIMIT_EXCEEDED', 'The operation nests fields 21 levels deep; the limit is 12.');
 */
export function refusal(code: ApiErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  return apiError(code, message, { ...details, http: { spec: true, status: 400 } });
}
