import type { Author } from '../graph/store/Author.ts';
import { apiError } from './apiError.ts';
import type { Context } from './Context.ts';
import { localIdOf } from './localIdOf.ts';

/**
 * The author a global-id argument names: BAD_USER_INPUT for the id of
 * another type, NOT_FOUND for an unknown one, both naming `argument`.
 *
 * @example const from = authorArgument(context, args.from, 'from');
 */
export function authorArgument(
  { graph, authorOf }: Context,
  id: { typename: string; id: string },
  argument: string,
): Author {
  const localId = localIdOf(id, 'Author', argument);
  const author = authorOf(graph, localId);
  if (author === undefined) {
    throw apiError('NOT_FOUND', `No author has the id "${localId}" in the loaded data (argument \`${argument}\`).`, { argument });
  }
  return author;
}
