import type { AuthorAlias } from './Author.ts';
import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { foldText } from '../text/foldText.ts';

/**
 * An author's spellings in the order `Author.aliases` gives them: most used
 * first, then by folded name, then by name. Sorts `aliases` in place.
 *
 * @example sortAliases([{ name: 'Tim Maxwell', paperCount: 1 }, { name: 'Timothy Maxwell', paperCount: 2 }])[0].name // 'Timothy Maxwell'
 */
export function sortAliases(aliases: AuthorAlias[]): AuthorAlias[] {
  return aliases.sort((a, b) => b.paperCount - a.paperCount || compare(foldText(a.name), foldText(b.name)) || compare(a.name, b.name));
}
