import { GraphQLError, Kind } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';
import { currentRequestId } from './currentRequestId.ts';

/**
 * Yoga's masking ("Unexpected error.", code INTERNAL_SERVER_ERROR; errors
 * meant for the client pass unchanged), with the request id added to
 * `extensions.requestId` so a report can be matched with the logged trace.
 * Variables that do not coerce to their declared types become
 * BAD_USER_INPUT refusals.
 *
 * @example createYoga({ schema, maskedErrors: { maskError: maskUnexpectedError } })
 */
export const maskUnexpectedError: MaskError = (error, message, isDev) => {
  if (isVariableCoercionError(error)) {
    // Changed in place, as Yoga codes validation errors: a new error would be
    // logged as unexpected. The executor makes these afresh for each request.
    Object.assign(error.extensions, {
      code: 'BAD_USER_INPUT',
      // As `refusal` does: 400 for graphql-response+json, 200 for plain JSON.
      http: { spec: true, status: 400 },
      requestId: currentRequestId(),
    });
    return error;
  }
  const masked = maskError(error, message, isDev);
  if (masked === error || !(masked instanceof GraphQLError)) return masked;
  return new GraphQLError(masked.message, {
    nodes: masked.nodes,
    source: masked.source,
    positions: masked.positions,
    path: masked.path,
    extensions: { ...masked.extensions, requestId: currentRequestId() },
  });
};

/**
 * The executor's refusal of the variables (a missing required one, a value
 * of the wrong type): uncoded, and located at a variable definition, where
 * validation errors (which also point there) already carry their code.
 */
function isVariableCoercionError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions['code'] === undefined && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
}
