import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { foldText } from '../text/foldText.ts';
import { memoize } from '../text/memoize.ts';
import { nameKey } from '../text/nameKey.ts';
import type { Variant } from './collectVariants.ts';

/** Shared coauthors needed before a name rule's proposal merges. */
const MIN_SHARED_COAUTHORS = 2;
/** How far apart two papers in one venue may be to count as a shared venue. */
const VENUE_YEARS = 2;

export interface Support {
  /** Whether there is enough to merge. */
  readonly enough: boolean;
  /**
   * What was found, in words: shown on a merged author, or with a near-miss.
   * Written only when asked for: most pairs a rule proposes are refused, and
   * a server never reads their reasons.
   */
  readonly evidence: () => string;
  /** Orders merges: more shared coauthors first. */
  readonly strength: number;
}

/**
 * What in the graph says two spellings are one person: coauthors they share,
 * or a venue both published in within a few years. Coauthor sets are built
 * lazily, only for spellings some rule proposed, from bylines of at most
 * `maxAuthorsPerPaper` authors: the graph pairs no one on a larger one, and
 * a consortium's 20,000 names would make each of its members a set of 20,000.
 */
export class SupportFinder {
  readonly #coauthors = new Map<number, Set<number>>();
  readonly #indexOf: ReadonlyMap<string, number>;
  readonly #nameKey = memoize(nameKey);

  constructor(
    private readonly variants: readonly Variant[],
    private readonly records: readonly PaperRecord[],
    private readonly maxAuthorsPerPaper: number,
  ) {
    this.#indexOf = new Map(variants.map((variant, index) => [variant.key, index]));
  }

  /** What the graph says about joining `a` and `b`. */
  find(a: number, b: number): Support {
    const [mine, theirs] = [this.#coauthorsOf(a), this.#coauthorsOf(b)];
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    const shared: number[] = [];
    for (const other of small) if (large.has(other) && other !== a && other !== b) shared.push(other);
    const coauthors = () => {
      if (shared.length === 0) return 'no shared coauthors';
      const names = shared.map((index) => this.variants[index]!.spelling).sort();
      return `${shared.length} shared coauthor${shared.length === 1 ? '' : 's'} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`;
    };
    if (shared.length >= MIN_SHARED_COAUTHORS) return { enough: true, evidence: coauthors, strength: shared.length };
    const venue = this.#sharedVenue(a, b, VENUE_YEARS);
    if (venue !== null) return { enough: true, evidence: () => venue, strength: 0.5 };
    // One coauthor and one venue, years apart, are two independent hints that together suffice.
    const anyYear = shared.length === 1 ? this.#sharedVenue(a, b, Infinity) : null;
    if (anyYear !== null) return { enough: true, evidence: () => `${coauthors()} and ${anyYear}`, strength: 0.5 };
    return {
      enough: false,
      evidence: () => `${coauthors()} (${MIN_SHARED_COAUTHORS} needed) and no venue both published in within ${VENUE_YEARS} years`,
      strength: 0,
    };
  }

  #coauthorsOf(index: number): Set<number> {
    let coauthors = this.#coauthors.get(index);
    if (coauthors === undefined) {
      coauthors = new Set();
      for (const paper of this.variants[index]!.papers) {
        const { authors } = this.records[paper]!;
        if (authors.length > this.maxAuthorsPerPaper) continue;
        for (const author of authors) coauthors.add(this.#indexOf.get(this.#nameKey(author))!);
      }
      coauthors.delete(index);
      this.#coauthors.set(index, coauthors);
    }
    return coauthors;
  }

  /** A venue both published in at most `years` apart, in words; null when none. */
  #sharedVenue(a: number, b: number, years: number): string | null {
    const venues = (index: number) =>
      this.variants[index]!.papers.flatMap((paper) => {
        const { venue, year } = this.records[paper]!;
        return venue === undefined ? [] : [{ venue, folded: foldText(venue), year }];
      });
    const theirs = venues(b);
    const found = venues(a)
      .flatMap((x) => theirs.filter((y) => y.folded === x.folded && (x.year === undefined || y.year === undefined || Math.abs(x.year - y.year) <= years)).map((y) => [x, y] as const))
      .sort(([x1, y1], [x2, y2]) => (`${x1.folded}${x1.year}${y1.year}` < `${x2.folded}${x2.year}${y2.year}` ? -1 : 1))[0];
    if (found === undefined) return null;
    const [x, y] = found;
    return `both published in ${x.venue} (${x.year ?? 'undated'} and ${y.year ?? 'undated'})`;
  }
}
