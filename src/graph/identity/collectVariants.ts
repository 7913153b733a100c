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

/** Each record's byline as variant indices: record r's are `variantIds[offsets[r] .. offsets[r + 1])`. */
export interface VariantBylines {
  readonly offsets: Uint32Array;
  readonly variantIds: Uint32Array;
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
  const variants: Variant[] = [];
  const variantOfKey = new Uint32Array(byKey.keys.length);
  const fold = createNameFolder();
  for (const n of yield* orderOfStrings(byKey.keys)) {
    if (variants.length % 256 === 0) yield;
    variantOfKey[n] = variants.length;
    // Keys made without `keyInRecord` are never split, so each has a spelling.
    const spelling = byKey.mostUsed(n)!;
    // Copied by hand: Array.from over a view goes through an iterator, at a cost a million variants feel.
    const papers = new Array<number>(starts[n + 1]! - starts[n]!);
    for (let i = 0; i < papers.length; i++) papers[i] = recordsOfKeys[starts[n]! + i]!;
    variants.push({ key: byKey.keys[n]!, spelling, parsed: parseName(spelling, fold), papers });
  }
  const variantIds = new Uint32Array(bylines.spellingIds.length);
  for (let k = 0; k < variantIds.length; k++) {
    if (k % (64 * 1024) === 0) yield;
    variantIds[k] = variantOfKey[byKey.keyOf[bylines.spellingIds[k]!]!]!;
  }
  return { variants, bylines: { offsets: bylines.offsets, variantIds } };
}
