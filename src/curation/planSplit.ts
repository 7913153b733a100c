import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { nameKey } from '../graph/text/nameKey.ts';
import type { Change } from '../journal/Change.ts';
import type { UserError } from './UserError.ts';
import { homonymsOf } from './homonymsOf.ts';

/**
 * The change that makes `spellings` of `author` a person of their own; or
 * why not: an author not found, a spelling that is not one of theirs, all
 * of their spellings, a spelling that differs from a remaining one only
 * by case or spacing (identity counts those as one spelling), or an author
 * that is one of the people a spelling was split into (see `splitHomonyms`):
 * the change would name that spelling, which stands for all of them, and
 * regroup them by spelling.
 *
 * @example planSplit(graph, graph.authorsByName('Tim Maxwell')[0], ['Timothy Maxwell'])
 */
export function planSplit(graph: CoauthorGraph, author: Author | undefined, spellings: readonly string[]): Change | UserError[] {
  if (author === undefined) return [{ field: 'id', message: 'No author has this id in the current graph.', code: 'NOT_FOUND' }];
  const split = homonymsOf(graph, author);
  if (split !== undefined) {
    return [
      {
        field: 'id',
        message:
          `"${split.spelling}" was split into ${split.people.length} people told apart by their papers: ${split.listed}. ` +
          `A split names spellings, and "${split.spelling}" would name them all, regrouping their papers by spelling: ` +
          `merge all of them first (mergeAuthors) and split that person, or give one person's papers a homonym number ("${split.spelling} 0001") with updatePaper.`,
        code: 'HOMONYM_SPLIT',
      },
    ];
  }
  const own = author.aliases.map((alias) => alias.name);
  const errors: UserError[] = [];
  spellings.forEach((spelling, index) => {
    if (!own.includes(spelling)) {
      errors.push({
        field: `spellings[${index}]`,
        message: `"${spelling}" is not a spelling of ${author.name}, whose spellings are ${own.map((name) => `"${name}"`).join(', ')}.`,
        code: 'NOT_A_SPELLING',
      });
    }
  });
  if (errors.length > 0) return errors;
  const apart = [...new Set(spellings)];
  const remaining = own.filter((name) => !apart.includes(name));
  if (apart.length === 0 || remaining.length === 0) {
    return [{ field: 'spellings', message: `Name some but not all of the spellings of ${author.name} to split off.`, code: 'ALL_SPELLINGS' }];
  }
  for (const [index, spelling] of apart.entries()) {
    const twin = remaining.find((name) => nameKey(name) === nameKey(spelling));
    if (twin !== undefined) {
      return [{ field: `spellings[${index}]`, message: `"${spelling}" differs from "${twin}" only by case or spacing, which count as one spelling: split both or neither.`, code: 'NOT_A_SPELLING' }];
    }
  }
  return { kind: 'splitAuthor', id: author.id, spellings: apart, remaining };
}
