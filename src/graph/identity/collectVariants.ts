import { CompactRecordsBuilder } from '../../ingest/CompactRecordsBuilder.ts';
import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { SpellingGroups } from '../store/SpellingGroups.ts';
import { sharedArray } from '../store/sharedArray.ts';
import { nameKey } from '../text/nameKey.ts';
import { orderOfStrings } from '../store/steps/orderOfStrings.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { createNameFolder } from './createNameFolder.ts';
import { type ParsedName, parseName } from './parseName.ts';

/** The unit identity resolution works on: every spelling with one name key. */
export interface Variant {
  /** nameKey of the spelling (NFC, case, whitespace). */
  readonly key: string;
  /** The raw spelling most records use for this key. */
  readonly spelling: string;
  readonly parsed: ParsedName;
  /** How many records list it. */
  readonly paperCount: number;
  /** Indices of the records that list it, in record order; an array made when read (see `VariantPapers`). */
  readonly papers: readonly number[];
}

/** The records that list each variant, in record order: variant v's are `papers[paperStarts[v] .. paperStarts[v + 1])`, in shared memory (see `HomonymScreen`). */
export interface VariantPapers {
  readonly paperStarts: Uint32Array;
  readonly papers: Uint32Array;
}

/**
 * Each record's byline as variant indices: record r's are
 * `variantIds[offsets[r] .. offsets[r + 1])`; the variant of each raw
 * spelling by its number in the records' numbered bylines; and, the other
 * way, the records of each variant (`VariantPapers`).
 */
export interface VariantBylines extends VariantPapers {
  readonly offsets: Uint32Array;
  readonly variantIds: Uint32Array;
  readonly variantOfSpelling: Uint32Array;
}

/**
 * The distinct spellings of `records`, in name-key order, with the records
 * each appears on, and the bylines as variant indices; as steps (see `Steps`). Works on the records' numbered
 * bylines (see `CompactRecordsBuilder.bylinesInSteps`): each raw spelling is
 * keyed and cleaned once, by its number, and an authorship costs a few
 * array reads, not a map lookup.
 *
 * @example runAtOnce(collectVariants([{ authors: ['Tom Brown', 'tom  brown'] }])).variants // one variant, key 'tom brown'
 */
export function* collectVariants(records: readonly PaperRecord[]): Steps<{ variants: Variant[]; bylines: VariantBylines }> {
  const bylines = yield* CompactRecordsBuilder.bylinesInSteps(records);
  const byKey = yield* SpellingGroups.inSteps(bylines, nameKey);
  const { starts, records: recordsOfKeys } = yield* byKey.recordsOfKeys(bylines);
  const order = yield* orderOfStrings(byKey.keys);
  const paperStarts = sharedArray(Uint32Array, order.length + 1);
  for (let v = 0; v < order.length; v++) paperStarts[v + 1] = paperStarts[v]! + starts[order[v]! + 1]! - starts[order[v]!]!;
  const columns = { paperStarts, papers: sharedArray(Uint32Array, recordsOfKeys.length) };
  const spellingOfKey = new Array<string>(byKey.keys.length);
  for (let n = 0; n < spellingOfKey.length; n = readMostUsed(byKey, spellingOfKey, n)) yield;
  const making: VariantMaking = { spellingOfKey, keys: byKey.keys, starts, recordsOfKeys, order, columns, fold: createNameFolder(), variants: [], variantOfKey: new Uint32Array(byKey.keys.length) };
  while (making.variants.length < making.order.length) {
    makeVariants(making);
    yield;
  }
  const { variants, variantOfKey } = making;
  const variantIds = new Uint32Array(bylines.spellingIds.length);
  for (let k = 0; k < variantIds.length; k = numberAuthorships(bylines.spellingIds, byKey.keyOf, variantOfKey, variantIds, k)) yield;
  const variantOfSpelling = byKey.keyOf.map((key) => variantOfKey[key]!);
  return { variants, bylines: { offsets: bylines.offsets, variantIds, variantOfSpelling, ...columns } };
}

/**
 * A variant whose papers are read from the columns every variant shares,
 * as an array only when asked for: most never are, and an array each cost
 * half a million arrays at a million papers.
 */
class ColumnVariant implements Variant {
  constructor(
    readonly key: string,
    readonly spelling: string,
    readonly parsed: ParsedName,
    readonly index: number,
    readonly columns: VariantPapers,
  ) {}

  get paperCount(): number {
    return this.columns.paperStarts[this.index + 1]! - this.columns.paperStarts[this.index]!;
  }

  get papers(): number[] {
    const { paperStarts, papers } = this.columns;
    const from = paperStarts[this.index]!;
    // Copied by hand: Array.from over a view goes through an iterator.
    const own = new Array<number>(paperStarts[this.index + 1]! - from);
    for (let i = 0; i < own.length; i++) own[i] = papers[from + i]!;
    return own;
  }
}

/** The variants being made, one per key in `order`, and what making them needs. */
interface VariantMaking {
  /** Each key's most used spelling, by key number. */
  readonly spellingOfKey: readonly string[];
  readonly keys: readonly string[];
  readonly starts: Uint32Array;
  readonly recordsOfKeys: Uint32Array;
  /** Key numbers in name-key order. */
  readonly order: Uint32Array;
  /** Where the variants' papers are written, their starts already in place. */
  readonly columns: VariantPapers;
  readonly fold: (name: string) => string;
  readonly variants: Variant[];
  readonly variantOfKey: Uint32Array;
}

// Variants made, keys' spellings read, or authorships numbered, between pauses.
const VARIANTS_PER_STEP = 256;
const KEYS_PER_STEP = 16 * 1024;
const AUTHORSHIPS_PER_STEP = 64 * 1024;

/**
 * Reads the most used spelling of the next step's keys, in key order: the
 * groups' arrays are then read in the order they lie, where variants, made
 * in name-key order, would read them at scattered places (on the 1M set,
 * most of the time it took to make the variants). Returns the next key. A
 * plain function: V8 optimises loops in generators poorly.
 */
function readMostUsed(byKey: SpellingGroups, spellingOfKey: string[], from: number): number {
  const to = Math.min(spellingOfKey.length, from + KEYS_PER_STEP);
  // Keys made without `keyInRecord` are never split, so each has a spelling.
  for (let n = from; n < to; n++) spellingOfKey[n] = byKey.mostUsed(n)!;
  return to;
}

/** Makes the next step's variants. A plain function: V8 optimises loops in generators poorly. */
function makeVariants({ spellingOfKey, keys, starts, recordsOfKeys, order, columns, fold, variants, variantOfKey }: VariantMaking): void {
  const end = Math.min(order.length, variants.length + VARIANTS_PER_STEP);
  const { paperStarts, papers } = columns;
  while (variants.length < end) {
    const v = variants.length;
    const n = order[v]!;
    variantOfKey[n] = v;
    const spelling = spellingOfKey[n]!;
    for (let i = starts[n]!, to = paperStarts[v]!; i < starts[n + 1]!; i++) papers[to++] = recordsOfKeys[i]!;
    variants.push(new ColumnVariant(keys[n]!, spelling, parseName(spelling, fold), v, columns));
  }
}

/** Writes the variant of a step's authorships from `from` on; returns the next. A plain function: V8 optimises loops in generators poorly. */
function numberAuthorships(spellingIds: Uint32Array, keyOf: Uint32Array, variantOfKey: Uint32Array, variantIds: Uint32Array, from: number): number {
  const to = Math.min(spellingIds.length, from + AUTHORSHIPS_PER_STEP);
  for (let k = from; k < to; k++) variantIds[k] = variantOfKey[keyOf[spellingIds[k]!]!]!;
  return to;
}
