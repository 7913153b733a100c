import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { compareCodeUnits } from '../text/compareCodeUnits.ts';
import { paperLocalId } from '../store/paperLocalId.ts';
import type { Steps } from '../store/steps/Steps.ts';
import type { Variant, VariantBylines } from './collectVariants.ts';
import { namesCompatible } from './matchNames.ts';
import { venueSeries } from './venueSeries.ts';

/** Papers a group needs before it may count as a person of its own. */
const MIN_GROUP_PAPERS = 2;
// Spellings handled between pauses.
const PER_STEP = 1024;

/** One person of a spelling several people sign. */
export interface HomonymGroup {
  /** dblp's style of homonym number, `0001` for the group that published first. */
  readonly disambiguator: string;
  /** The group's earliest paper (by year, then id): the content the person's key is derived from. */
  readonly firstPaperId: string;
  /** The records of the split spelling's papers in this group, ascending. */
  readonly papers: readonly number[];
  /** The other spellings of the spelling's cluster that joined this group, by variant index. */
  readonly members: readonly number[];
  readonly firstYear: number;
  readonly lastYear: number;
  /** The coauthors (cluster roots) of the group's papers. */
  readonly coauthors: ReadonlySet<number>;
  /** The venue series (see `venueSeries`) of the group's papers. */
  readonly series: ReadonlySet<string>;
}

/** A spelling divided among several people, with the spellings joined to it that fit none of them, or several. */
export interface HomonymSplit {
  readonly variant: number;
  readonly groups: readonly HomonymGroup[];
  /** The group of each of the spelling's records. */
  readonly groupOf: ReadonlyMap<number, number>;
  /** Other spellings of its cluster that no group's coauthors or venues claim alone: they stay one person apart. */
  readonly apart: readonly number[];
}

export interface SplitInput {
  readonly variants: readonly Variant[];
  readonly bylines: VariantBylines;
  readonly records: readonly PaperRecord[];
  /** The cluster root of each variant once the rules have merged. */
  readonly rootOf: Uint32Array;
  /** The variants of a cluster, by its root. */
  readonly membersOf: (root: number) => readonly number[];
  /** Spellings never split: those a curator named, those with a homonym number. */
  readonly exempt: (variant: number) => boolean;
  readonly maxAuthorsPerPaper: number;
}

/**
 * The spellings that several people sign, told apart by their papers: a
 * spelling's papers are grouped by shared coauthors, then groups of
 * `MIN_GROUP_PAPERS` or more are joined by a venue series both published in
 * and by a paper two of their coauthors wrote together; the spelling is split
 * when two or more such groups remain and some of them were active in the
 * same years (groups one after the other are one person who moved on). Its
 * papers in smaller groups join the large group whose venue series they
 * share, else the largest group. Each other spelling of its cluster joins
 * the group its coauthors, else its venues, point to, and stays apart when
 * none or several do. At most one spelling of a cluster is split: the one
 * with the most papers.
 *
 * @example const splits = yield* splitHomonyms({ variants, bylines, records, rootOf, membersOf, exempt, maxAuthorsPerPaper });
 */
export function* splitHomonyms(input: SplitInput): Steps<HomonymSplit[]> {
  const { variants, rootOf } = input;
  // By variant: 1 + the variant whose papers last saw it as a coauthor, and the paper (local index) it was first seen on.
  const seenFor = new Uint32Array(variants.length);
  const firstPaper = new Uint32Array(variants.length);
  const splitRoots = new Set<number>();
  const order: number[] = [];
  const bySurname = new Map<string, number[]>();
  for (let v = 0; v < variants.length; v++) {
    if (v % (16 * PER_STEP) === 0) yield;
    const { surname } = variants[v]!.parsed;
    const same = bySurname.get(surname);
    if (same === undefined) bySurname.set(surname, [v]);
    else same.push(v);
  }
  // A surname no other person carries (every name with it could be this one's) makes a rare name, which two people seldom share.
  const common = (v: number) => bySurname.get(variants[v]!.parsed.surname)!.some((w) => !namesCompatible(variants[v]!.parsed, variants[w]!.parsed));
  for (let v = 0; v < variants.length; v++) if (variants[v]!.papers.length >= 2 * MIN_GROUP_PAPERS && !input.exempt(v) && common(v)) order.push(v);
  // Most papers first, so a cluster's split spelling is its most used one.
  order.sort((x, y) => variants[y]!.papers.length - variants[x]!.papers.length || x - y);
  const splits: HomonymSplit[] = [];
  for (let k = 0; k < order.length; k++) {
    if (k % PER_STEP === 0) yield;
    const v = order[k]!;
    if (splitRoots.has(rootOf[v]!)) continue;
    const groups = groupPapers(input, v, seenFor, firstPaper);
    if (groups === null) continue;
    splitRoots.add(rootOf[v]!);
    splits.push(withMembers(input, v, groups));
  }
  return splits;
}

/** A large group before the cluster's other spellings join it. */
interface PaperGroup {
  readonly papers: number[];
  readonly coauthors: Set<number>;
  readonly series: Set<string>;
  firstYear: number;
  lastYear: number;
  firstPaperId: string;
}

/** The groups of `v`'s papers when they are several people's, in homonym-number order; null when they are one person's. */
function groupPapers({ variants, bylines, records, rootOf, membersOf, maxAuthorsPerPaper }: SplitInput, v: number, seenFor: Uint32Array, firstPaper: Uint32Array): PaperGroup[] | null {
  const { offsets, variantIds } = bylines;
  const papers = variants[v]!.papers;
  const own = rootOf[v]!;
  const parent = Int32Array.from(papers, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (i: number, j: number) => {
    const [x, y] = [find(i), find(j)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const readable = (paper: number) => offsets[paper + 1]! - offsets[paper]! <= maxAuthorsPerPaper;
  // Papers linked by a coauthor they share.
  papers.forEach((paper, i) => {
    if (!readable(paper)) return;
    for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) {
      const coauthor = rootOf[variantIds[k]!]!;
      if (coauthor === own) continue;
      if (seenFor[coauthor] === v + 1) union(i, firstPaper[coauthor]!);
      else [seenFor[coauthor], firstPaper[coauthor]] = [v + 1, i];
    }
  });
  const sizes = new Map<number, number>();
  papers.forEach((_, i) => sizes.set(find(i), (sizes.get(find(i)) ?? 0) + 1));
  const large = (i: number) => sizes.get(find(i))! >= MIN_GROUP_PAPERS && records[papers[i]!]!.year !== undefined;
  if (new Set(papers.flatMap((_, i) => (large(i) ? [find(i)] : []))).size < 2) return null;
  // Large groups linked by a venue series both published in.
  const seriesOf = papers.map((paper) => (records[paper]!.venue === undefined ? undefined : venueSeries(records[paper]!.venue!)));
  const firstIn = new Map<string, number>();
  const isLarge = papers.map((_, i) => large(i));
  papers.forEach((_, i) => {
    const series = seriesOf[i];
    if (!isLarge[i] || series === undefined) return;
    const first = firstIn.get(series);
    if (first === undefined) firstIn.set(series, i);
    else union(i, first);
  });
  // Large groups linked by a paper two of their coauthors wrote together, without `v`.
  const groupOfCoauthor = new Map<number, number>();
  papers.forEach((paper, i) => {
    if (!isLarge[i] || !readable(paper)) return;
    for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) if (rootOf[variantIds[k]!] !== own) groupOfCoauthor.set(rootOf[variantIds[k]!]!, i);
  });
  for (const [coauthor, i] of groupOfCoauthor) {
    for (const member of membersOf(coauthor)) {
      for (const paper of variants[member]!.papers) {
        if (!readable(paper)) continue;
        let withOwn = false;
        for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) withOwn ||= rootOf[variantIds[k]!] === own;
        if (withOwn) continue;
        for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) {
          const other = groupOfCoauthor.get(rootOf[variantIds[k]!]!);
          if (other !== undefined) union(i, other);
        }
      }
    }
  }
  const byRoot = new Map<number, PaperGroup>();
  papers.forEach((paper, i) => {
    if (!isLarge[i]) return;
    let group = byRoot.get(find(i));
    if (group === undefined) byRoot.set(find(i), (group = { papers: [], coauthors: new Set(), series: new Set(), firstYear: Infinity, lastYear: -Infinity, firstPaperId: '' }));
    add(group, paper, seriesOf[i]);
  });
  if (byRoot.size < 2) return null;
  const groups = [...byRoot.values()];
  const concurrent = groups.some((x, a) => groups.some((y, b) => a < b && x.firstYear <= y.lastYear && y.firstYear <= x.lastYear));
  if (!concurrent) return null;
  for (const group of groups) group.papers.length = 0;
  // Every paper of the spelling, large groups' and the rest, now in a group.
  papers.forEach((paper, i) => {
    const group = isLarge[i] ? byRoot.get(find(i))! : smallHome(groups, seriesOf[i]);
    add(group, paper, isLarge[i] ? seriesOf[i] : undefined);
  });
  return groups.sort((x, y) => x.firstYear - y.firstYear || compareCodeUnits(x.firstPaperId, y.firstPaperId));

  function add(group: PaperGroup, paper: number, series: string | undefined): void {
    group.papers.push(paper);
    if (series !== undefined) group.series.add(series);
    if (readable(paper)) for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) if (rootOf[variantIds[k]!] !== own) group.coauthors.add(rootOf[variantIds[k]!]!);
    const { year } = records[paper]!;
    if (year === undefined) return;
    const id = paperLocalId(records[paper]!);
    if (year < group.firstYear || (year === group.firstYear && compareCodeUnits(id, group.firstPaperId) < 0)) group.firstPaperId = id;
    group.firstYear = Math.min(group.firstYear, year);
    group.lastYear = Math.max(group.lastYear, year);
  }
}

/** The large group a paper outside them joins: the only one of its venue series, else the one with the most papers (the earliest of equals). */
function smallHome(groups: readonly PaperGroup[], series: string | undefined): PaperGroup {
  const same = series === undefined ? [] : groups.filter((group) => group.series.has(series));
  if (same.length === 1) return same[0]!;
  return groups.reduce((best, group) => (group.papers.length > best.papers.length ? group : best));
}

/** The split of `v` with the other spellings of its cluster placed. */
function withMembers({ variants, bylines, records, rootOf, membersOf, maxAuthorsPerPaper }: SplitInput, v: number, groups: readonly PaperGroup[]): HomonymSplit {
  const { offsets, variantIds } = bylines;
  const members: number[][] = groups.map(() => []);
  const apart: number[] = [];
  for (const member of membersOf(rootOf[v]!)) {
    if (member === v) continue;
    const coauthorHits = groups.map(() => 0);
    const seriesHits = groups.map(() => 0);
    for (const paper of variants[member]!.papers) {
      if (offsets[paper + 1]! - offsets[paper]! <= maxAuthorsPerPaper) {
        for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) groups.forEach((group, g) => (coauthorHits[g]! += group.coauthors.has(rootOf[variantIds[k]!]!) ? 1 : 0));
      }
      const { venue } = records[paper]!;
      if (venue !== undefined) groups.forEach((group, g) => (seriesHits[g]! += group.series.has(venueSeries(venue)) ? 1 : 0));
    }
    const home = onlyBest(coauthorHits) ?? (coauthorHits.every((hits) => hits === 0) ? onlyBest(seriesHits) : undefined);
    if (home === undefined) apart.push(member);
    else members[home]!.push(member);
  }
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => {
    group.papers.sort((x, y) => x - y);
    for (const paper of group.papers) groupOf.set(paper, g);
  });
  return {
    variant: v,
    groups: groups.map((group, g) => ({ ...group, disambiguator: String(g + 1).padStart(4, '0'), members: members[g]! })),
    groupOf,
    apart,
  };
}

/** The index of the single highest count above zero; undefined when none or tied. */
function onlyBest(counts: readonly number[]): number | undefined {
  const best = Math.max(...counts);
  return best > 0 && counts.filter((count) => count === best).length === 1 ? counts.indexOf(best) : undefined;
}
