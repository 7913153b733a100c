import { isPlainAscii } from '../graph/text/isPlainAscii.ts';

/** Two byline entries that name the same author; indexes are 0-based. */
export interface DuplicateAuthor {
  readonly firstIndex: number;
  readonly secondIndex: number;
}

/**
 * Up to this many names, every pair is compared rather than each name's key
 * looked up in a map: fewer than 50 comparisons, most of them of two lengths,
 * cost less than a map per byline.
 */
const PAIRWISE_MAX_NAMES = 10;

/**
 * Finds the first author named twice in one byline. Names count as the same
 * when they differ only in Unicode normalization, letter case or runs of
 * whitespace: such a pair is a typo in the source, never two people.
 * `plain` says whether every name is plain ASCII (`isPlainAscii`), for a
 * caller that has tested them already; it is tested here otherwise.
 *
 * @example
 * findDuplicateAuthor(['Ethan Perez', 'Sam Ringer', 'ethan  perez']);
 * // { firstIndex: 0, secondIndex: 2 }
 */
export function findDuplicateAuthor(names: readonly string[], plain = names.every(isPlainAscii)): DuplicateAuthor | undefined {
  if (names.length <= PAIRWISE_MAX_NAMES) {
    if (plain) return findDuplicatePair(names, samePlainName);
    return findDuplicatePair(names.map(authorKey), sameKey);
  }
  const firstIndexByKey = new Map<string, number>();
  for (let index = 0; index < names.length; index++) {
    const key = plain ? names[index]!.toLowerCase() : authorKey(names[index]!);
    const firstIndex = firstIndexByKey.get(key);
    if (firstIndex !== undefined) return { firstIndex, secondIndex: index };
    firstIndexByKey.set(key, index);
  }
  return undefined;
}

// Named functions, not arrows made at each call: millions of bylines are checked.
/** A plain ASCII name's key is its lower case, as long as the name: only names of one length can match. */
function samePlainName(a: string, b: string): boolean {
  return a.length === b.length && a.toLowerCase() === b.toLowerCase();
}

function sameKey(a: string, b: string): boolean {
  return a === b;
}

/** The first pair by its second index, then its first, as a map of keys finds it. */
function findDuplicatePair(names: readonly string[], same: (a: string, b: string) => boolean): DuplicateAuthor | undefined {
  for (let secondIndex = 1; secondIndex < names.length; secondIndex++) {
    for (let firstIndex = 0; firstIndex < secondIndex; firstIndex++) {
      if (same(names[firstIndex]!, names[secondIndex]!)) return { firstIndex, secondIndex };
    }
  }
  return undefined;
}

/**
 * What two names of one byline are compared by: names with the same key
 * are the same author (see `findDuplicateAuthor`).
 *
 * @example authorKey('Ethan  PEREZ') // 'ethan perez'
 */
export function authorKey(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase();
  // Upper- then lower-casing approximates Unicode case folding (ß → ss, ς → σ),
  // which `toLowerCase` alone does not do.
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toUpperCase().toLowerCase().normalize('NFC');
}
