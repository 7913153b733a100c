import type { ParsedName } from './parseName.ts';

/**
 * The ways a parsed name can be read: as parsed, and, when its last given
 * name is a whole word, with that word as the first part of the surname.
 * Spanish and Portuguese double surnames (`Reina Serrato Soto`) and
 * capitalised particles (`Manuela De Blasi`) look like a given name followed
 * by a surname, so only comparing both readings relates their variants.
 *
 * @example surnameReadings(parseName('Cecilia S. Alonso Valdez'))[1] // { given: ['cecilia', 's'], surname: 'alonso valdez', … }
 */
export function surnameReadings(parsed: ParsedName): readonly ParsedName[] {
  const last = parsed.given.at(-1);
  if (parsed.given.length < 2 || last === undefined || last.length < 2) return [parsed];
  return [parsed, { ...parsed, given: parsed.given.slice(0, -1), surname: `${last} ${parsed.surname}` }];
}
