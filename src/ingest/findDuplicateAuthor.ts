import { isPlainAscii } from '../graph/text/isPlainAscii.ts';

/** Two byline entries that name the same author; indexes are 0-based. */
export interface DuplicateAuthor {
  readonly firstIndex: number;
  readonly secondIndex: number;
}

/**
 * Finds the first author named twice in one byline. Names count as the same
 * when they differ only in Unicode normalization, letter case or runs of
 * whitespace: such a pair is a typo in the source, never two people.
 *
 * @example
 * findDuplicateAuthor(['Ethan Perez', 'Sam Ringer', 'ethan  perez']);
 * // { firstIndex: 0, secondIndex: 2 }
 */
export function findDuplicateAuthor(names: readonly string[]): DuplicateAuthor | undefined {
  const firstIndexByKey = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    const key = authorKey(name);
    const firstIndex = firstIndexByKey.get(key);
    if (firstIndex !== undefined) return { firstIndex, secondIndex: index };
    firstIndexByKey.set(key, index);
  }
  return undefined;
}

function authorKey(name: string): string {
  if (isPlainAscii(name)) return name.toLowerCase();
  // Upper- then lower-casing approximates Unicode case folding (ß → ss, ς → σ),
  // which `toLowerCase` alone does not do.
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toUpperCase().toLowerCase().normalize('NFC');
}
