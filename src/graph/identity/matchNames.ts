import type { IdentityRule } from './IdentityResolver.ts';
import { areNicknames } from './nicknames.ts';
import { doubleSurnameStart } from './doubleSurnameStart.ts';
import { isWithinEditDistance } from './isWithinEditDistance.ts';
import type { ParsedName } from './parseName.ts';

/** Surnames shorter than this are never matched by spelling. */
export const MIN_SPELLING_LENGTH = 7;

/** The rules that only propose a pair; the graph must support it before it merges. */
export type CandidateRule = Exclude<IdentityRule, 'same-folded-name' | 'override' | 'homonym-split'>;

/**
 * Which rule, if any, says two differently spelled names may be one person.
 * Only one part may differ: given names (nickname, initials, a middle name
 * left out) with the same surname, in either reading of a double surname
 * (see `doubleSurnameStart`), or the surname's spelling with the same given names. Homonym numbers and generational suffixes must agree.
 *
 * @example matchNames(parseName('Tim Maxwell'), parseName('Timothy Maxwell')) // 'nickname'
 * @example matchNames(parseName('Anna Chen'), parseName('Carol Chen')) // null
 */
export function matchNames(a: ParsedName, b: ParsedName): CandidateRule | null {
  if (a.key === b.key || a.disambiguator !== b.disambiguator || a.suffix !== b.suffix) return null;
  if (a.given.length > 0 && sameWords(a.given, b.given) && surnamesClose(a.surname, b.surname)) return 'surname-spelling';
  // Given-name rules compare names whose surnames agree in some reading (`Alonso Valdez` as one surname), read in place:
  // this runs for every pair of a block, millions on a million papers.
  const readingsA = doubleSurnameStart(a) === undefined ? 1 : 2;
  const readingsB = doubleSurnameStart(b) === undefined ? 1 : 2;
  for (let x = 0; x < readingsA; x++) {
    for (let y = 0; y < readingsB; y++) {
      const rule = sameSurnameReading(a, x, b, y) ? matchGiven(a.given, a.given.length - x, b.given, b.given.length - y) : null;
      if (rule !== null) return rule;
    }
  }
  return null;
}

/**
 * Whether two names could be one person's: by any rule, the exact one
 * included, or with given names related by a rule and surnames one spelling
 * edit apart. A cluster can hold both ("Arthur Albyquerque", a typo, and
 * "Arthur O. Albuquerque", a middle initial added, beside "Arthur
 * Albuquerque"), though no single rule relates the two.
 */
export function namesCompatible(a: ParsedName, b: ParsedName): boolean {
  if (a.key === b.key || matchNames(a, b) !== null) return true;
  return a.disambiguator === b.disambiguator && a.suffix === b.suffix && surnamesClose(a.surname, b.surname) && matchGiven(a.given, a.given.length, b.given, b.given.length) !== null;
}

/** Whether reading `x` of `a` and reading `y` of `b` have one surname: reading 0 as parsed, reading 1 with `doubleSurnameStart` moved to the surname. */
function sameSurnameReading(a: ParsedName, x: number, b: ParsedName, y: number): boolean {
  if (x === y) return a.surname === b.surname && (x === 0 || a.given[a.given.length - 1] === b.given[b.given.length - 1]);
  const moved = x === 1 ? a : b;
  const plain = x === 1 ? b : a;
  const word = moved.given[moved.given.length - 1]!;
  // Given words hold no space, so `${word} ${surname}` is the plain surname when it starts with the word and a space and ends with the other surname.
  return (
    plain.surname.length === word.length + 1 + moved.surname.length &&
    plain.surname.startsWith(word) &&
    plain.surname[word.length] === ' ' &&
    plain.surname.endsWith(moved.surname)
  );
}

/** Whether two lists of given names are the same words. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The rule relating the first `countA` given names of `a` to the first `countB` of `b`, if any. */
function matchGiven(a: readonly string[], countA: number, b: readonly string[], countB: number): CandidateRule | null {
  if (countA === 0 || countB === 0) return null;
  const first = matchGivenName(a[0]!, b[0]!);
  if (first === null) return null;
  let rule: CandidateRule | 'same' = first;
  for (let i = 1; i < Math.min(countA, countB); i++) {
    const middle = matchGivenName(a[i]!, b[i]!);
    if (middle === null || middle === 'nickname') return null;
    if (middle === 'initials' && rule === 'same') rule = 'initials';
  }
  if (rule === 'same') return countA === countB ? null : 'middle-name';
  return rule;
}

function matchGivenName(a: string, b: string): 'same' | 'initials' | 'nickname' | null {
  if (a === b) return 'same';
  if ((a.length === 1 || b.length === 1) && a[0] === b[0]) return 'initials';
  return areNicknames(a, b) ? 'nickname' : null;
}

// Short surnames differ by one letter too often to count: Li/Lu, Wang/Wong,
// and Heller/Höller, two people who write with the same coauthors. One edit
// (a swap of neighbours included) covers the typos seen in real data.
function surnamesClose(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= MIN_SPELLING_LENGTH && isWithinEditDistance(a, b, 1);
}
