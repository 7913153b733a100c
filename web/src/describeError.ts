import type { CombinedError } from '@urql/core';

/**
 * A failed request in plain words for the page: the server's own message
 * for an unknown or ambiguous author, a sentence for the codes a person
 * cannot act on from the message alone.
 *
 * @example describeError(error) // 'The server is still loading its data; try again in a moment.'
 */
export function describeError(error: CombinedError): string {
  const [first] = error.graphQLErrors;
  if (first === undefined) {
    return error.networkError ? `The server could not be reached (${error.networkError.message}).` : error.message;
  }
  switch (first.extensions['code']) {
    case 'NOT_FOUND':
      // The server's message ends with a GraphQL field to try or the argument at fault; here the search box is the way.
      // Cut there, not at the first colon: a name may hold one.
      return `${first.message.replace(/(?:: try `| \(argument `).*$/su, '').replace(/\.$/u, '')}; try the search box.`;
    case 'NOT_READY':
      return 'The server is still loading its data; try again in a moment.';
    case 'BUDGET_EXCEEDED':
      return 'This network is too large to compute within one request; open an author with fewer collaborators.';
    default:
      return first.message;
  }
}
