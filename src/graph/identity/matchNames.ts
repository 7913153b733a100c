import type { IdentityRule } from './IdentityResolver.ts';
import { areNicknames } from './nicknames.ts';
import { isWithinEditDistance } from './isWithinEditDistance.ts';
import type { ParsedName } from './parseName.ts';
import { surnameReadings } from './surnameReadings.ts';

/** Surnames shorter than this are never matched by spelling. */
export const MIN_SPELLING_LENGTH = 7;

/** The rules that only propose a pair; the graph must support it before it merges. */
export type CandidateRule = Exclude<IdentityRule, 'same-folded-name' | 'override' | 'homonym-split'>;

/**
 * Which rule, if any, says two differently spelled names may be one person.
 * Only one part may differ: given names (nickname, initials, a middle name
 * left out) with the same surname, in either reading of a double surname
 * (see `surnameReadings`), or the surname's spelling with the same given names. Homonym numbers and generational suffixes must agree.
 *
 * @example matchNames(parseName('Tim Maxwell'), parseName('Timothy Maxwell')) // 'nickname'
 * @example matchNames(parseName('Anna Chen'), parseName('Carol Chen')) // null
 */
export function matchNames(a: ParsedName, b: ParsedName): CandidateRule | null {
  if (a.key === b.key || a.disambiguator !== b.disambiguator || a.suffix !== b.suffix) return null;
  if (a.given.length > 0 && a.given.join(' ') === b.given.join(' ') && surnamesClose(a.surname, b.surname)) {
    return 'surname-spelling';
  }
  // Given-name rules compare names whose surnames agree in some reading (`Alonso Valdez` as one surname).
  for (const x of surnameReadings(a)) {
    for (const y of surnameReadings(b)) {
      const rule = x.surname === y.surname ? matchGiven(x.given, y.given) : null;
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
  return a.disambiguator === b.disambiguator && a.suffix === b.suffix && surnamesClose(a.surname, b.surname) && matchGiven(a.given, b.given) !== null;
}

function matchGiven(a: readonly string[], b: readonly string[]): CandidateRule | null {
  const [firstA, ...middleA] = a;
  const [firstB, ...middleB] = b;
  if (firstA === undefined || firstB === undefined) return null;
  const first = matchGivenName(firstA, firstB);
  if (first === null) return null;
  let rule: CandidateRule | 'same' = first;
  for (let i = 0; i < Math.min(middleA.length, middleB.length); i++) {
    const middle = matchGivenName(middleA[i]!, middleB[i]!);
    if (middle === null || middle === 'nickname') return null;
    if (middle === 'initials' && rule === 'same') rule = 'initials';
  }
  if (rule === 'same') return middleA.length === middleB.length ? null : 'middle-name';
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
