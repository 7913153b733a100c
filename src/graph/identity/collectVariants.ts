import { CompactRecordsBuilder } from '../../ingest/CompactRecordsBuilder.ts';
import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { SpellingGroups } from '../store/SpellingGroups.ts';
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
  /** Indices of the records that list it. */
  readonly papers: readonly number[];
}

/**
 * Each record's byline as variant indices: record r's are
 * `variantIds[offsets[r] .. offsets[r + 1])`; and the variant of each raw
 * spelling by its number in the records' numbered bylines.
 */
export interface VariantBylines {
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
  const making: VariantMaking = { byKey, starts, recordsOfKeys, order: yield* orderOfStrings(byKey.keys), fold: createNameFolder(), variants: [], variantOfKey: new Uint32Array(byKey.keys.length) };
  while (making.variants.length < making.order.length) {
    makeVariants(making);
    yield;
  }
  const { variants, variantOfKey } = making;
  const variantIds = new Uint32Array(bylines.spellingIds.length);
  for (let k = 0; k < variantIds.length; k = numberAuthorships(bylines.spellingIds, byKey.keyOf, variantOfKey, variantIds, k)) yield;
  const variantOfSpelling = byKey.keyOf.map((key) => variantOfKey[key]!);
  return { variants, bylines: { offsets: bylines.offsets, variantIds, variantOfSpelling } };
}

/** The variants being made, one per key in `order`, and what making them needs. */
interface VariantMaking {
  readonly byKey: SpellingGroups;
  readonly starts: Uint32Array;
  readonly recordsOfKeys: Uint32Array;
  /** Key numbers in name-key order. */
  readonly order: Uint32Array;
  readonly fold: (name: string) => string;
  readonly variants: Variant[];
  readonly variantOfKey: Uint32Array;
}

// Variants made, or authorships numbered, between pauses.
const VARIANTS_PER_STEP = 256;
const AUTHORSHIPS_PER_STEP = 64 * 1024;

/** Makes the next step's variants. A plain function: V8 optimises loops in generators poorly. */
function makeVariants({ byKey, starts, recordsOfKeys, order, fold, variants, variantOfKey }: VariantMaking): void {
  const end = Math.min(order.length, variants.length + VARIANTS_PER_STEP);
  while (variants.length < end) {
    const n = order[variants.length]!;
    variantOfKey[n] = variants.length;
    // Keys made without `keyInRecord` are never split, so each has a spelling.
    const spelling = byKey.mostUsed(n)!;
    // Copied by hand: Array.from over a view goes through an iterator, at a cost a million variants feel.
    const papers = new Array<number>(starts[n + 1]! - starts[n]!);
    for (let i = 0; i < papers.length; i++) papers[i] = recordsOfKeys[starts[n]! + i]!;
    variants.push({ key: byKey.keys[n]!, spelling, parsed: parseName(spelling, fold), papers });
  }
}

/** Writes the variant of a step's authorships from `from` on; returns the next. A plain function: V8 optimises loops in generators poorly. */
function numberAuthorships(spellingIds: Uint32Array, keyOf: Uint32Array, variantOfKey: Uint32Array, variantIds: Uint32Array, from: number): number {
  const to = Math.min(spellingIds.length, from + AUTHORSHIPS_PER_STEP);
  for (let k = from; k < to; k++) variantIds[k] = variantOfKey[keyOf[spellingIds[k]!]!]!;
  return to;
}
