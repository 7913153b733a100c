import { CompactRecordsBuilder } from '../../ingest/CompactRecordsBuilder.ts';
import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { cleanSpelling } from '../text/cleanSpelling.ts';
import { nameKey } from '../text/nameKey.ts';
import { orderOfStrings } from '../store/steps/orderOfStrings.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { type ParsedName, parseName } from './parseName.ts';

/** The unit identity resolution works on: every spelling with one name key. */
export interface Variant {
  /** nameKey of the spelling (NFC, case, whitespace). */
  readonly key: string;
  /** The raw spelling most records use for this key. */
  readonly spelling: string;
  readonly parsed: ParsedName;
  /** Indices of the records that list it. */
  readonly papers: readonly number[];
}

// Spellings, keys or authorships handled between pauses: well under a millisecond.
const PER_STEP = 16384;

/**
 * The distinct spellings of `records`, in name-key order, with the records
 * each appears on; as steps (see `Steps`). Works on the records' numbered
 * bylines (see `CompactRecordsBuilder.columnsOf`): each raw spelling is
 * keyed and cleaned once, by its number, and an authorship costs a few
 * array reads, not a map lookup.
 *
 * @example runAtOnce(collectVariants([{ authors: ['Tom Brown', 'tom  brown'] }])) // one variant, key 'tom brown'
 */
export function* collectVariants(records: readonly PaperRecord[]): Steps<Variant[]> {
  const { spellings, offsets, spellingIds } = CompactRecordsBuilder.columnsOf(records).bylines;
  // keyOf[s] = the number of raw spelling s's name key, keys numbered as they first come.
  const keyOf = new Uint32Array(spellings.length);
  const keys: string[] = [];
  const numberOfKey = new Map<string, number>();
  for (let s = 0; s < spellings.length; s++) {
    if (s % PER_STEP === 0) yield;
    const key = nameKey(spellings[s]!);
    let number = numberOfKey.get(key);
    if (number === undefined) {
      numberOfKey.set(key, (number = keys.length));
      keys.push(key);
    }
    keyOf[s] = number;
  }
  numberOfKey.clear();
  const uses = new Uint32Array(spellings.length);
  for (let k = 0; k < spellingIds.length; k++) {
    if (k % (16 * PER_STEP) === 0) yield;
    uses[spellingIds[k]!]!++;
  }
  // Each key's records, once per authorship, in record order: papersOfKeys[firstOf[n] .. firstOf[n + 1]).
  const firstOf = new Uint32Array(keys.length + 1);
  for (let s = 0; s < spellings.length; s++) firstOf[keyOf[s]! + 1]! += uses[s]!;
  for (let n = 0; n < keys.length; n++) firstOf[n + 1]! += firstOf[n]!;
  const papersOfKeys = new Uint32Array(spellingIds.length);
  const next = firstOf.slice(0, keys.length);
  for (let record = 0; record < records.length; record++) {
    if (record % PER_STEP === 0) yield;
    for (let k = offsets[record]!; k < offsets[record + 1]!; k++) papersOfKeys[next[keyOf[spellingIds[k]!]!]!++] = record;
  }
  // Each key's raw spellings side by side, for the one most records use.
  const spellingsByKey = new Uint32Array(spellings.length);
  const spellingStarts = new Uint32Array(keys.length + 1);
  for (let s = 0; s < spellings.length; s++) spellingStarts[keyOf[s]! + 1]!++;
  for (let n = 0; n < keys.length; n++) spellingStarts[n + 1]! += spellingStarts[n]!;
  next.set(spellingStarts.subarray(0, keys.length));
  for (let s = 0; s < spellings.length; s++) spellingsByKey[next[keyOf[s]!]!++] = s;

  const variants: Variant[] = [];
  for (const n of yield* orderOfStrings(keys)) {
    if (variants.length % 256 === 0) yield;
    const spelling = mostUsed(spellingsByKey.subarray(spellingStarts[n], spellingStarts[n + 1]), spellings, uses);
    variants.push({ key: keys[n]!, spelling, parsed: parseName(spelling), papers: Array.from(papersOfKeys.subarray(firstOf[n], firstOf[n + 1])) });
  }
  return variants;
}

/** The cleaned spelling the most authorships use of raw spellings `own` (several may clean to one); the first in code-unit order of those used as often. */
function mostUsed(own: Uint32Array, spellings: readonly string[], uses: Uint32Array): string {
  if (own.length === 1) return cleanSpelling(spellings[own[0]!]!);
  const counts = new Map<string, number>();
  for (const s of own) {
    const spelling = cleanSpelling(spellings[s]!);
    counts.set(spelling, (counts.get(spelling) ?? 0) + uses[s]!);
  }
  const [spelling] = [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best));
  return spelling;
}
