import { GraphQLError } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';

// Masked error → what it hid, for the report under the request's id.
const hidden = new WeakMap<GraphQLError, unknown>();
const hiddenCauses = new WeakSet<object>();

/**
 * Yoga's masking ("Unexpected error.", code INTERNAL_SERVER_ERROR; errors
 * meant for the client pass unchanged). What a masked error hid is kept for
 * `useRequestId`, which logs it and adds `extensions.requestId` once the
 * response's request is known: masking itself runs without it.
 *
 * @example createYoga({ schema, maskedErrors: { maskError: maskUnexpectedError } })
 */
export const maskUnexpectedError: MaskError = (error, message, isDev) => {
  const masked = maskError(error, message, isDev);
  if (masked !== error && masked instanceof GraphQLError) {
    hidden.set(masked, error);
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
