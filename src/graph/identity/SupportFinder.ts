import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { foldText } from '../text/foldText.ts';
import { memoize } from '../text/memoize.ts';
import { nameKey } from '../text/nameKey.ts';
import type { Variant } from './collectVariants.ts';

/** Shared coauthors needed before a name rule's proposal merges. */
const MIN_SHARED_COAUTHORS = 2;
/** Papers a group of coauthors needs before a spelling's papers count as split between people. */
const MIN_GROUP_PAPERS = 2;
/** How far apart two papers in one venue may be to count as a shared venue. */
const VENUE_YEARS = 2;

export interface Support {
  /** Whether there is enough to merge. */
  readonly enough: boolean;
  /**
   * What was found, in words: shown on a merged author, or as the reason of a near-miss.
   * Written only when asked for: most pairs a rule proposes are refused, and
   * a server never reads their reasons.
   */
  readonly evidence: () => string;
  /** Orders merges: more shared coauthors first. */
  readonly strength: number;
}

/**
 * What in the graph says two spellings are one person: coauthors they share,
 * or a venue both published in within a few years; and what says a spelling
 * is two people, so that a variant of one of them must not join it. Coauthor sets are built
 * lazily, only for spellings some rule proposed, from bylines of at most
 * `maxAuthorsPerPaper` authors: the graph pairs no one on a larger one, and
 * a consortium's 20,000 names would make each of its members a set of 20,000.
 */
export class SupportFinder {
  readonly #coauthors = new Map<number, Set<number>>();
  readonly #groups = new Map<number, { readonly groupOf: ReadonlyMap<number, number>; readonly groups: number }>();
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
    const support = this.#support(a, b, shared, coauthors);
    // Looked for only when the support suffices: most proposed pairs have none.
    const split = support.enough ? (this.#splitBetween(a, b, shared) ?? this.#splitBetween(b, a, shared)) : null;
    return split === null ? support : { enough: false, evidence: split, strength: 0 };
  }

  #support(a: number, b: number, shared: readonly number[], coauthors: () => string): Support {
    if (shared.length >= MIN_SHARED_COAUTHORS) return { enough: true, evidence: coauthors, strength: shared.length };
    const venue = this.#sharedVenue(a, b, VENUE_YEARS);
    if (venue !== null) return { enough: true, evidence: () => venue, strength: 0.5 };
    // One coauthor and one venue, years apart, are two independent hints that together suffice.
    const anyYear = shared.length === 1 ? this.#sharedVenue(a, b, Infinity) : null;
    if (anyYear !== null) return { enough: true, evidence: () => `${coauthors()} and ${anyYear}`, strength: 0.5 };
    return {
      enough: false,
      evidence: () => `not enough support in the graph: ${coauthors()} (${MIN_SHARED_COAUTHORS} needed) and no venue both published in within ${VENUE_YEARS} years`,
      strength: 0,
    };
  }

  /**
   * Why the evidence splits, or null: `homonym` signs papers with separate
   * groups of coauthors (no coauthor and no venue in common between them,
   * each on 2 papers or more, some of them active in the same years), as
   * two people of one name do, and `other` shares coauthors with at most
   * one group. Joining would then pull a
   * variant of one of them into the cluster of both.
   */
  #splitBetween(homonym: number, other: number, shared: readonly number[]): (() => string) | null {
    const { groupOf, groups } = this.#coauthorGroupsOf(homonym);
    if (groups < 2) return null;
    const touched = new Set(shared.map((coauthor) => groupOf.get(coauthor)));
    touched.delete(undefined);
    if (touched.size > 1) return null;
    const [name, variant] = [this.variants[homonym]!.spelling, this.variants[other]!.spelling];
    return () => `"${name}" writes with ${groups} groups of coauthors that share no one and no venue in the same years, perhaps ${groups} people, and "${variant}" shares coauthors with ${touched.size === 0 ? 'none' : 'only one'} of them`;
  }

  /**
   * The groups of `index`'s papers linked by shared coauthors or venues: each
   * coauthor's group, and how many groups have 2 papers or more (counted as
   * one when none of them overlap in years).
   */
  #coauthorGroupsOf(index: number): { readonly groupOf: ReadonlyMap<number, number>; readonly groups: number } {
    let found = this.#groups.get(index);
    if (found !== undefined) return found;
    const papers = this.variants[index]!.papers.filter((paper) => this.records[paper]!.authors.length <= this.maxAuthorsPerPaper);
    const parent = papers.map((_, i) => i);
    const root = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const link = <K>(firstOf: Map<K, number>, key: K, i: number) => {
      const first = firstOf.get(key);
      if (first === undefined) firstOf.set(key, i);
      else parent[root(i)] = root(first);
    };
    const firstPaperOf = new Map<number, number>();
    papers.forEach((paper, i) => {
      for (const author of this.records[paper]!.authors) {
        const coauthor = this.#indexOf.get(this.#nameKey(author))!;
        if (coauthor !== index) link(firstPaperOf, coauthor, i);
      }
    });
    const sizes = new Map<number, number>();
    for (let i = 0; i < papers.length; i++) sizes.set(root(i), (sizes.get(root(i)) ?? 0) + 1);
    const large = papers.map((_, i) => sizes.get(root(i))! >= MIN_GROUP_PAPERS);
    // One person's groups of coauthors meet in the venues they publish in; two people's seldom do.
    const firstPaperIn = new Map<string, number>();
    papers.forEach((paper, i) => {
      const { venue } = this.records[paper]!;
      if (large[i] && venue !== undefined) link(firstPaperIn, foldText(venue), i);
    });
    const groupOf = new Map<number, number>();
    for (const [coauthor, i] of firstPaperOf) if (large[i]) groupOf.set(coauthor, root(i));
    const years = new Map<number, { from: number; to: number }>();
    papers.forEach((paper, i) => {
      const { year } = this.records[paper]!;
      if (!large[i] || year === undefined) return;
      const range = years.get(root(i));
      if (range === undefined) years.set(root(i), { from: year, to: year });
      else [range.from, range.to] = [Math.min(range.from, year), Math.max(range.to, year)];
    });
    // Groups one after the other are one person who moved on (Daniel S. Weld's 1990s and 2010s
    // coauthors); only groups active at once suggest two people.
    let concurrent = false;
    let end = -Infinity;
    for (const { from, to } of [...years.values()].sort((x, y) => x.from - y.from)) {
      concurrent ||= from <= end;
      end = Math.max(end, to);
    }
    found = { groupOf, groups: concurrent ? years.size : 1 };
    this.#groups.set(index, found);
    return found;
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
