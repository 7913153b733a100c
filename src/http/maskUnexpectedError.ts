import { GraphQLError, Kind } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';
import { tagForRequestId } from './tagForRequestId.ts';

// Masked error → what it hid, for the report under the request's id.
const hidden = new WeakMap<GraphQLError, unknown>();
const hiddenCauses = new WeakSet<object>();

/**
 * Yoga's masking ("Unexpected error.", code INTERNAL_SERVER_ERROR; errors
 * meant for the client pass unchanged). What a masked error hid is kept for
 * `useRequestId`, which logs it and adds `extensions.requestId` once the
 * response's request is known: masking itself runs without it. Variables
 * that do not coerce to their declared types become BAD_USER_INPUT refusals.
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
    });
    tagForRequestId(error.extensions);
    return error;
  }
  const masked = maskError(error, message, isDev);
  if (masked !== error && masked instanceof GraphQLError) {
    hidden.set(masked, error);
    tagForRequestId(masked.extensions);
    if (typeof error === 'object' && error !== null) hiddenCauses.add(error);
  }
  return masked;
};

/** What `maskUnexpectedError` hid behind `masked`; undefined for an error that was not masked. */
export function hiddenCauseOf(masked: GraphQLError): unknown {
  return hidden.get(masked);
}

/** Whether `value` is an error some masked error hid, and so is logged with its request's id. */
export function isHiddenCause(value: unknown): boolean {
  return typeof value === 'object' && value !== null && hiddenCauses.has(value);
}

/**
 * The executor's refusal of the variables (a missing required one, a value
 * of the wrong type): uncoded, and located at a variable definition, where
 * validation errors (which also point there) already carry their code.
 */
function isVariableCoercionError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError && error.extensions['code'] === undefined && error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION;
}
