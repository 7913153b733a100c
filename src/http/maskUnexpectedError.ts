import { GraphQLError } from 'graphql';
import { type MaskError, maskError } from 'graphql-yoga';
import { currentRequestId } from './currentRequestId.ts';

/**
 * Yoga's masking ("Unexpected error.", code INTERNAL_SERVER_ERROR; errors
 * meant for the client pass unchanged), with the request id added to
 * `extensions.requestId` so a report can be matched with the logged trace.
 *
 * @example createYoga({ schema, maskedErrors: { maskError: maskUnexpectedError } })
 */
export const maskUnexpectedError: MaskError = (error, message, isDev) => {
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
