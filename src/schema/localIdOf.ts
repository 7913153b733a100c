import { apiError } from './apiError.ts';

/**
 * The local id inside a decoded global id, after checking it names the
 * expected type: a Paper's id passed where an Author's belongs is
 * BAD_USER_INPUT naming the argument, not a confusing NOT_FOUND.
 *
 * @example const id = localIdOf(args.id, 'Author', 'id');
 */
export function localIdOf(globalId: { typename: string; id: string }, typename: 'Author' | 'Paper', argument: string): string {
  if (globalId.typename !== typename) {
    throw apiError('BAD_USER_INPUT', `\`${argument}\` is the id of a ${globalId.typename}, not of ${typename === 'Author' ? 'an' : 'a'} ${typename}.`, {
      argument,
    });
  }
  return globalId.id;
}
