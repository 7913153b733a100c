const NUMBERED = /^(.*\S)\s+(\d{4})$/u;

/**
 * Splits a homonym number off a name: dblp writes distinct people of one name
 * as "Manish Singh 0001", "Manish Singh 0004".
 *
 * @example splitDisambiguator('Manish Singh 0001') // { name: 'Manish Singh', disambiguator: '0001' }
 */
export function splitDisambiguator(spelling: string): { name: string; disambiguator: string | null } {
  const match = NUMBERED.exec(spelling);
  return match === null ? { name: spelling, disambiguator: null } : { name: match[1]!, disambiguator: match[2]! };
}
