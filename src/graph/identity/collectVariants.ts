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

/** The records one name key appears on, and how often each cleaned spelling of it does. */
interface KeyEntry {
  readonly papers: number[];
  readonly spellings: Map<string, number>;
}

/**
 * The distinct spellings of `records`, in name-key order, with the records
 * each appears on; as steps (see `Steps`).
 *
 * @example runAtOnce(collectVariants([{ authors: ['Tom Brown', 'tom  brown'] }])) // one variant, key 'tom brown'
 */
export function* collectVariants(records: readonly PaperRecord[]): Steps<Variant[]> {
  const byKey = new Map<string, KeyEntry>();
  // Names repeat on every paper of an author: each raw spelling is keyed and
  // cleaned once, and counted in its own entry, so that an authorship costs
  // one map lookup.
  const ofRaw = new Map<string, { entry: KeyEntry; spelling: string; count: number }>();
  for (let paper = 0; paper < records.length; paper++) {
    if (paper % 1024 === 0) yield;
    for (const raw of records[paper]!.authors) {
      let known = ofRaw.get(raw);
      if (known === undefined) {
        const key = nameKey(raw);
        let entry = byKey.get(key);
        if (entry === undefined) byKey.set(key, (entry = { papers: [], spellings: new Map() }));
        ofRaw.set(raw, (known = { entry, spelling: cleanSpelling(raw), count: 0 }));
      }
      known.entry.papers.push(paper);
      known.count++;
    }
  }
  // Several raw spellings may clean to one.
  for (const { entry, spelling, count } of ofRaw.values()) entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + count);
  ofRaw.clear();
  const variants: Variant[] = [];
  const [keys, entries] = [[...byKey.keys()], [...byKey.values()]];
  for (const index of yield* orderOfStrings(keys)) {
    const [key, { papers, spellings }] = [keys[index]!, entries[index]!];
    if (variants.length % 1024 === 0) yield;
    const [spelling] = [...spellings].reduce((best, entry) =>
      entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0]) ? entry : best,
    );
    variants.push({ key, spelling, parsed: parseName(spelling), papers });
  }
  return variants;
}
