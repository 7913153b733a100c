import type { NumberedBylines } from '../../ingest/NumberedBylines.ts';
import { cleanSpelling } from '../text/cleanSpelling.ts';
import type { Steps } from './steps/Steps.ts';
import { StringNumbers } from './StringNumbers.ts';

// Spellings or authorships handled between pauses: well under a millisecond.
const PER_STEP = 16384;

/**
 * The raw spellings of numbered bylines grouped by a key of each (the
 * person a resolver makes of it, its name key): each spelling keyed once,
 * by its number, keys numbered as their first spelling comes, and how many
 * authorships use each spelling. A key may stand for a spelling several
 * people sign (see `IdentityResolution.keyInRecord`): its authorships are
 * then keyed record by record, and only theirs.
 *
 * @example
 * const groups = yield* SpellingGroups.inSteps(bylines, nameKey);
 * groups.cleanedUses(groups.keyOf[0]!) // [['Tom Brown', 3]]
 */
export class SpellingGroups {
  private constructor(
    readonly spellings: readonly string[],
    /** Each key once. */
    readonly keys: readonly string[],
    /** By spelling: the number of its key. */
    readonly keyOf: Uint32Array,
    /** By spelling: the authorships that use it. */
    readonly uses: Uint32Array,
    /** Key n's spellings are `members[starts[n] .. starts[n + 1])`, in spelling order. */
    readonly starts: Uint32Array,
    readonly members: Uint32Array,
    /** By authorship of a split spelling (see `keyOfAuthorship`): the number of its key. */
    readonly splitAuthorships: ReadonlyMap<number, number>,
    /** By key: the cleaned spellings of split spellings' authorships it holds, with their counts. */
    readonly splitUses: ReadonlyMap<number, Map<string, number>>,
    /** The keys split record by record, which hold no authorship themselves. */
    readonly splitKeys: ReadonlySet<number>,
  ) {}

  /**
   * The raw spellings of `bylines` grouped by `keyOfSpelling` (of each
   * spelling and its number); given
   * `keyInRecord`, a key it answers for is split: each authorship of its
   * spellings takes the key of its record instead, and the key itself holds none.
   */
  static *inSteps(
    { spellings, spellingIds, offsets }: NumberedBylines,
    keyOfSpelling: (spelling: string, number: number) => string,
    keyInRecord?: (key: string) => ((record: number) => string) | undefined,
  ): Steps<SpellingGroups> {
    const keyOf = new Uint32Array(spellings.length);
    const keyNumbers = new StringNumbers();
    const keys = keyNumbers.strings;
    for (let s = 0; s < spellings.length; s = keySpellings(spellings, keyOfSpelling, keyNumbers, keyOf, s)) yield;
    const splitAuthorships = new Map<number, number>();
    const splitUses = new Map<number, Map<string, number>>();
    const keyers = new Map<number, (record: number) => string>();
    if (keyInRecord !== undefined) {
      for (let n = 0; n < keys.length; n++) {
        if (n % PER_STEP === 0) yield;
        const keyer = keyInRecord(keys[n]!);
        if (keyer !== undefined) keyers.set(n, keyer);
      }
    }
    if (keyers.size > 0) {
      const split = new Uint8Array(spellings.length);
      for (let s = 0; s < spellings.length; s++) if (keyers.has(keyOf[s]!)) split[s] = 1;
      for (let record = 0; record + 1 < offsets.length; record++) {
        if (record % PER_STEP === 0) yield;
        for (let k = offsets[record]!; k < offsets[record + 1]!; k++) {
          const s = spellingIds[k]!;
          if (split[s] === 0) continue;
          const number = keyNumbers.numberOf(keyers.get(keyOf[s]!)!(record));
          splitAuthorships.set(k, number);
          let counts = splitUses.get(number);
          if (counts === undefined) splitUses.set(number, (counts = new Map()));
          const cleaned = cleanSpelling(spellings[s]!);
          counts.set(cleaned, (counts.get(cleaned) ?? 0) + 1);
        }
      }
    }
    const uses = new Uint32Array(spellings.length);
    for (let k = 0; k < spellingIds.length; k = countUses(spellingIds, uses, k)) yield;
    // A counting sort of the spellings by key.
    const starts = runStarts(keyOf, keys.length, undefined);
    yield;
    const members = new Uint32Array(spellings.length);
    const next = starts.slice(0, keys.length);
    for (let s = 0; s < spellings.length; s = placeMembers(keyOf, next, members, s)) yield;
    return new SpellingGroups(spellings, keys, keyOf, uses, starts, members, splitAuthorships, splitUses, new Set(keyers.keys()));
  }

  /** The number of the key of authorship `k`, whose spelling is number `spelling`. */
  keyOfAuthorship(k: number, spelling: number): number {
    const key = this.keyOf[spelling]!;
    return this.splitKeys.size > 0 && this.splitKeys.has(key) ? this.splitAuthorships.get(k)! : key;
  }

  /**
   * The records each key appears on, once per authorship, in record order:
   * key n's are `records[starts[n] .. starts[n + 1])`, for the bylines the
   * groups were made of, a split key's as if it were not split. As steps.
   *
   * @example const { starts, records } = yield* groups.recordsOfKeys(bylines);
   */
  *recordsOfKeys({ offsets, spellingIds }: NumberedBylines): Steps<{ starts: Uint32Array; records: Uint32Array }> {
    const starts = runStarts(this.keyOf, this.keys.length, this.uses);
    yield;
    const records = new Uint32Array(spellingIds.length);
    const next = starts.slice(0, this.keys.length);
    for (let record = 0; record + 1 < offsets.length; record = placeRecords(offsets, spellingIds, this.keyOf, next, records, record)) yield;
    return { starts, records };
  }

  /**
   * Key n's cleaned spelling (`cleanSpelling`) that the most authorships
   * use; of those used as often, the first in code-unit order. Undefined for
   * a split key, which holds no authorship.
   *
   * @example groups.mostUsed(groups.keyOf[0]!) // 'Tom Brown'
   */
  mostUsed(n: number): string | undefined {
    const [from, to] = [this.starts[n]!, this.starts[n + 1]!];
    // Most keys have one spelling: read it without listing the uses.
    if (to - from === 1 && !this.splitUses.has(n) && !this.splitKeys.has(n)) return cleanSpelling(this.spellings[this.members[from]!]!);
    let best: [string, number] | undefined;
    for (const entry of this.cleanedUses(n)) if (best === undefined || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
    return best?.[0];
  }

  /**
   * Key n's spellings cleaned (`cleanSpelling`), each with the authorships
   * that use it: several raw spellings may clean to one. A split key has
   * none; the keys its authorships took count them.
   */
  cleanedUses(n: number): [string, number][] {
    if (this.splitKeys.has(n)) return [];
    const [from, to] = [this.starts[n]!, this.starts[n + 1]!];
    const split = this.splitUses.get(n);
    if (split === undefined && to - from === 1) return [[cleanSpelling(this.spellings[this.members[from]!]!), this.uses[this.members[from]!]!]];
    const counts = new Map(split);
    for (let k = from; k < to; k++) {
      const spelling = cleanSpelling(this.spellings[this.members[k]!]!);
      counts.set(spelling, (counts.get(spelling) ?? 0) + this.uses[this.members[k]!]!);
    }
    return [...counts];
  }
}

/** Where each key's run begins in a counting sort of spellings by key, a spelling taking `weights[s]` places (1 without weights); one more entry holds the total. */
function runStarts(keyOf: Uint32Array, keyCount: number, weights: Uint32Array | undefined): Uint32Array {
  const starts = new Uint32Array(keyCount + 1);
  for (let s = 0; s < keyOf.length; s++) starts[keyOf[s]! + 1]! += weights === undefined ? 1 : weights[s]!;
  for (let n = 0; n < keyCount; n++) starts[n + 1]! += starts[n]!;
  return starts;
}

// The loops below are plain functions, each doing a step's worth: V8 optimises loops in generators poorly.

/** Keys a step's spellings from `from` on, numbering keys as they first come; returns the next spelling. */
function keySpellings(spellings: readonly string[], keyOfSpelling: (spelling: string, number: number) => string, keyNumbers: StringNumbers, keyOf: Uint32Array, from: number): number {
  const to = Math.min(spellings.length, from + PER_STEP);
  for (let s = from; s < to; s++) keyOf[s] = keyNumbers.numberOf(keyOfSpelling(spellings[s]!, s));
  return to;
}

/** Counts the uses of each spelling in a step's authorships from `from` on; returns the next authorship. */
function countUses(spellingIds: Uint32Array, uses: Uint32Array, from: number): number {
  const to = Math.min(spellingIds.length, from + 16 * PER_STEP);
  for (let k = from; k < to; k++) uses[spellingIds[k]!]!++;
  return to;
}

/** Puts a step's spellings from `from` on at their key's next slot; returns the next spelling. */
function placeMembers(keyOf: Uint32Array, next: Uint32Array, members: Uint32Array, from: number): number {
  const to = Math.min(keyOf.length, from + PER_STEP);
  for (let s = from; s < to; s++) members[next[keyOf[s]!]!++] = s;
  return to;
}

/** Puts each authorship of a step's records from `from` on at its key's next slot; returns the next record. */
function placeRecords(offsets: Uint32Array, spellingIds: Uint32Array, keyOf: Uint32Array, next: Uint32Array, records: Uint32Array, from: number): number {
  const to = Math.min(offsets.length - 1, from + PER_STEP);
  for (let record = from; record < to; record++) {
    for (let k = offsets[record]!; k < offsets[record + 1]!; k++) records[next[keyOf[spellingIds[k]!]!]!++] = record;
  }
  return to;
}
