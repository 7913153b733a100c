import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { foldText } from '../text/foldText.ts';
import type { CandidateRule } from './matchNames.ts';
import type { Variant, VariantBylines } from './collectVariants.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { TitleWords } from './TitleWords.ts';

/**
 * Points each kind of evidence earns; a pair merges when its points reach its
 * rule's threshold. Tuned on the labelled corpus of `bench/identity.ts`
 * (seeds 1 and 2 and a second parameter set), so that: two shared coauthors,
 * or a venue both published in within two years, suffice alone; one coauthor
 * suffices with a venue at any distance in years, or with titles somewhat
 * alike in overlapping years; titles, years and categories never suffice
 * without a coauthor or a venue.
 */
const POINTS = {
  coauthor: 0.6,
  venueNear: 1,
  venueFar: 0.45,
  /** Times the cosine of the two spellings' title-word vectors. */
  titles: 1.2,
  /** Careers (first to last year) that overlap or touch. */
  yearsOverlap: 0.2,
  /** Times the share of arXiv categories the two have in common (Jaccard). */
  categories: 0.3,
} as const;
/** Points a rule's proposal needs. */
const THRESHOLD: Readonly<Record<CandidateRule, number>> = {
  nickname: 1,
  initials: 1,
  'middle-name': 1,
  'surname-spelling': 1,
};
/** How far apart two papers in one venue may be to count as a venue in nearby years. */
const VENUE_YEARS = 2;
/** Below this cosine, shared title words are common ones and earn nothing. */
const MIN_COSINE = 0.1;

/** One kind of evidence, the points it earned, and what it is in words. */
export interface EvidencePart {
  readonly kind: 'coauthors' | 'venue' | 'titles' | 'years' | 'categories';
  readonly points: number;
  readonly says: string;
}

export interface Support {
  /** Whether the score reaches the rule's threshold, with a coauthor or a venue among the parts. */
  readonly enough: boolean;
  /** Sum of the parts' points; also orders merges, strongest first. */
  readonly score: number;
  /** How many coauthors the two share. */
  readonly sharedCoauthors: number;
  readonly threshold: number;
  /** Every kind of evidence looked at, zero points included. */
  readonly parts: () => readonly EvidencePart[];
  /**
   * What was found, in words: for a merge, the fewest strongest parts that
   * reach the threshold; for a near-miss, what fell short. Written only when
   * asked for: most pairs a rule proposes are refused, and a server never
   * reads their reasons.
   */
  readonly evidence: () => string;
}

/**
 * What in the graph says two spellings are one person, scored: coauthors
 * they share, a venue both published in (in nearby years or not), how alike
 * their titles are (TF-IDF over each spelling's titles), whether their
 * careers overlap, and the arXiv categories they share. Coauthor sets and
 * title vectors are built lazily, once per spelling some rule proposed;
 * coauthors only from bylines of at most `maxAuthorsPerPaper` authors: the
 * graph pairs no one on a larger one, and a consortium's 20,000 names would
 * make each of its members a set of 20,000.
 *
 * @example
 * const support = new SupportFinder(variants, bylines, records, 100).find(a, b, 'nickname');
 * if (support.enough) console.log(support.evidence()); // "2 shared coauthors (Ann Ames, Bob Burr)"
 */
export class SupportFinder {
  readonly #coauthors = new Map<number, Set<number>>();
  readonly #titles: TitleWords;

  constructor(
    private readonly variants: readonly Variant[],
    /** Each record's byline as variant indexes. */
    private readonly bylines: VariantBylines,
    private readonly records: readonly PaperRecord[],
    private readonly maxAuthorsPerPaper: number,
  ) {
    this.#titles = new TitleWords(records);
  }

  /** Does now, in steps, the work the first `find` would do at once: counting every title's words. */
  *prepare(): Steps<void> {
    yield* this.#titles.countDocuments();
  }

  /**
   * What the graph says about joining `a` and `b` by `rule`. Given
   * `clusterOf` (a spelling's cluster of spellings already merged),
   * coauthors count by cluster: two spellings of one coauthor are one
   * shared coauthor.
   */
  find(a: number, b: number, rule: CandidateRule, clusterOf?: (index: number) => number): Support {
    const threshold = THRESHOLD[rule];
    const shared = clusterOf === undefined ? this.#sharedCoauthors(a, b) : this.#sharedCoauthorClusters(a, b, clusterOf);
    const besideB = this.#coauthorsOf(b);
    // Said only when a merge made a difference: some coauthor signs with one spelling beside `a`, another beside `b`.
    const throughMerges = shared.some((other) => !besideB.has(other)) ? ', merged spellings counted as one' : '';
    const describe = () => this.#describeCoauthors(shared) + throughMerges;
    const coauthors: EvidencePart = {
      kind: 'coauthors',
      points: shared.length * POINTS.coauthor,
      // Named and sorted only when read: most proposed pairs are refused unread.
      get says() {
        return describe();
      },
    };
    const near = this.#sharedVenue(a, b, VENUE_YEARS);
    const far = near === null ? this.#sharedVenue(a, b, Infinity) : null;
    const venue: EvidencePart = {
      kind: 'venue',
      points: near !== null ? POINTS.venueNear : far !== null ? POINTS.venueFar : 0,
      says: near ?? far ?? `no venue both published in within ${VENUE_YEARS} years`,
    };
    const titles = this.#titlePart(a, b);
    const years = this.#yearsPart(a, b);
    const categories = this.#categoriesPart(a, b);
    const parts = [coauthors, venue, titles, years, categories];
    const score = parts.reduce((sum, part) => sum + part.points, 0);
    // Alike titles in overlapping years also fit two people of one field: without a coauthor or a venue they never suffice.
    const enough = score >= threshold - 1e-9 && coauthors.points + venue.points > 0;
    return {
      enough,
      score,
      sharedCoauthors: shared.length,
      threshold,
      parts: () => parts,
      evidence: () => (enough ? carrying(parts, threshold) : shortfall(parts, score, threshold)),
    };
  }

  /** How many coauthors `a` and `b` share, counted by cluster (see `find`). */
  sharedCoauthorCount(a: number, b: number, clusterOf: (index: number) => number): number {
    return this.#sharedCoauthorClusters(a, b, clusterOf).length;
  }

  #sharedCoauthors(a: number, b: number): number[] {
    const [mine, theirs] = [this.#coauthorsOf(a), this.#coauthorsOf(b)];
    const [small, large] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    const shared: number[] = [];
    for (const other of small) if (large.has(other) && other !== a && other !== b) shared.push(other);
    return shared;
  }

  /**
   * One spelling, from `a`'s coauthors, of each cluster both have a
   * coauthor in, leaving out their own clusters: a spelling both wrote with
   * where there is one, the first in code-unit order among equals, so that
   * the evidence names the same one whatever the order of the records.
   */
  #sharedCoauthorClusters(a: number, b: number, clusterOf: (index: number) => number): number[] {
    const own = [clusterOf(a), clusterOf(b)];
    const besideB = this.#coauthorsOf(b);
    const clustersBesideB = new Set<number>();
    for (const other of besideB) clustersBesideB.add(clusterOf(other));
    const shared = new Map<number, number>();
    for (const other of this.#coauthorsOf(a)) {
      const cluster = clusterOf(other);
      if (!clustersBesideB.has(cluster) || own.includes(cluster)) continue;
      const chosen = shared.get(cluster);
      if (chosen === undefined || this.#rather(other, chosen, besideB)) shared.set(cluster, other);
    }
    return [...shared.values()];
  }

  /** Whether coauthor `other` names a shared cluster rather than `chosen`: one `b` wrote with first, then the first spelling. */
  #rather(other: number, chosen: number, besideB: ReadonlySet<number>): boolean {
    if (besideB.has(other) !== besideB.has(chosen)) return besideB.has(other);
    return compare(this.variants[other]!.spelling, this.variants[chosen]!.spelling) < 0;
  }

  #describeCoauthors(indices: readonly number[]): string {
    if (indices.length === 0) return 'no shared coauthors';
    const names = indices.map((index) => this.variants[index]!.spelling).sort();
    return `${indices.length} shared coauthor${indices.length === 1 ? '' : 's'} (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''})`;
  }

  #titlePart(a: number, b: number): EvidencePart {
    const { cosine, words } = this.#titles.likeness(this.variants[a]!.papers, a, this.variants[b]!.papers, b);
    const points = cosine >= MIN_COSINE ? POINTS.titles * cosine : 0;
    return {
      kind: 'titles',
      points,
      says: words.length === 0 ? 'no title words in common' : `titles alike (cosine ${cosine.toFixed(2)}: ${words.map((word) => `"${word}"`).join(', ')})`,
    };
  }

  #yearsPart(a: number, b: number): EvidencePart {
    const [x, y] = [this.#careerOf(a), this.#careerOf(b)];
    if (x === null || y === null) return { kind: 'years', points: 0, says: 'undated' };
    const gap = Math.max(x.first, y.first) - Math.min(x.last, y.last);
    const span = ({ first, last }: { first: number; last: number }) => (first === last ? `${first}` : `${first}–${last}`);
    return gap <= 1
      ? { kind: 'years', points: POINTS.yearsOverlap, says: `active in overlapping years (${span(x)} and ${span(y)})` }
      : { kind: 'years', points: 0, says: `active ${gap} years apart (${span(x)} and ${span(y)})` };
  }

  #categoriesPart(a: number, b: number): EvidencePart {
    const [x, y] = [this.#categoriesOf(a), this.#categoriesOf(b)];
    const shared = [...x].filter((category) => y.has(category)).sort();
    const union = x.size + y.size - shared.length;
    return shared.length === 0
      ? { kind: 'categories', points: 0, says: 'no arXiv category in common' }
      : { kind: 'categories', points: (POINTS.categories * shared.length) / union, says: `both in ${shared.slice(0, 3).join(', ')}` };
  }

  #coauthorsOf(index: number): Set<number> {
    let coauthors = this.#coauthors.get(index);
    if (coauthors === undefined) {
      coauthors = new Set();
      const { offsets, variantIds } = this.bylines;
      for (const paper of this.variants[index]!.papers) {
        if (offsets[paper + 1]! - offsets[paper]! > this.maxAuthorsPerPaper) continue;
        for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) coauthors.add(variantIds[k]!);
      }
      coauthors.delete(index);
      this.#coauthors.set(index, coauthors);
    }
    return coauthors;
  }

  #careerOf(index: number): { first: number; last: number } | null {
    let [first, last] = [Infinity, -Infinity];
    for (const paper of this.variants[index]!.papers) {
      const { year } = this.records[paper]!;
      if (year === undefined) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    return first === Infinity ? null : { first, last };
  }

  #categoriesOf(index: number): Set<string> {
    return new Set(this.variants[index]!.papers.flatMap((paper) => this.records[paper]!.categories ?? []));
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

/** The fewest strongest parts whose points reach the threshold, in the parts' own order: what carried a merge. */
function carrying(parts: readonly EvidencePart[], threshold: number): string {
  const chosen = new Set<EvidencePart>();
  let sum = 0;
  for (const part of [...parts].sort((x, y) => y.points - x.points)) {
    if (sum >= threshold - 1e-9 || part.points <= 0) break;
    chosen.add(part);
    sum += part.points;
  }
  return listed(parts.filter((part) => chosen.has(part)).map((part) => part.says));
}

/**
 * Why a pair fell short: coauthors and venue always (the support most
 * merges rest on), then any other part that earned points, with the score.
 */
function shortfall(parts: readonly EvidencePart[], score: number, threshold: number): string {
  const [coauthors, venue, ...others] = parts;
  const needed = Math.ceil((threshold - 1e-9) / POINTS.coauthor);
  const base = `${coauthors!.says} (${needed} needed) and ${venue!.says}`;
  const earning = others.filter((part) => part.points > 0);
  if (earning.length === 0 && venue!.points === 0) return base;
  const unsupported = score >= threshold - 1e-9 ? ', but titles, years and categories need a coauthor or a venue' : '';
  return `${[base, ...earning.map((part) => part.says)].join('; ')}: score ${score.toFixed(2)} of ${threshold.toFixed(2)}${unsupported}`;
}

function listed(says: readonly string[]): string {
  return says.length <= 1 ? (says[0] ?? '') : `${says.slice(0, -1).join(', ')} and ${says.at(-1)}`;
}
