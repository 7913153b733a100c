import type { Author } from '../graph/Author.ts';
import { apiError } from './apiError.ts';
import type { Context } from './Context.ts';

/**
 * The author a global-id argument names: BAD_USER_INPUT for the id of
 * another type, NOT_FOUND for an unknown one, both naming `argument`.
 *
 * @example const from = authorArgument(context, args.from, 'from');
 */
export function authorArgument(
  { graph }: Context,
  id: { typename: string; id: string },
  argument: string,
): Author {
  if (id.typename !== 'Author') {
    throw apiError('BAD_USER_INPUT', `\`${argument}\` is the id of a ${id.typename}, not of an Author.`, { argument });
  }
  const author = graph.authorById(id.id);
  if (author === undefined) {
    throw apiError('NOT_FOUND', `No author has the id "${id.id}" in the loaded data (argument \`${argument}\`).`, { argument });
  }
  return author;
}
