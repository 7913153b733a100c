import type { ParsedName } from './parseName.ts';

/**
 * The last given name when it may be the first word of the surname, else
 * undefined: a name is read as parsed and, when its last given name is a
 * whole word, with that word moved to the surname. Spanish and Portuguese
 * double surnames (`Reina Serrato Soto`) and capitalised particles
 * (`Manuela De Blasi`) look like a given name followed by a surname, so only
 * comparing both readings relates their variants.
 *
 * @example doubleSurnameStart(parseName('Cecilia S. Alonso Valdez')) // 'alonso': read also as given ['cecilia', 's'], surname 'alonso valdez'
 * @example doubleSurnameStart(parseName('Tom Brown')) // undefined
 */
export function doubleSurnameStart({ given }: ParsedName): string | undefined {
  const last = given[given.length - 1];
  return given.length >= 2 && last !== undefined && last.length >= 2 ? last : undefined;
}
