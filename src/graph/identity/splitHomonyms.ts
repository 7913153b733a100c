import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { compareCodeUnits } from '../text/compareCodeUnits.ts';
import { paperLocalId } from '../store/paperLocalId.ts';
import type { Steps } from '../store/steps/Steps.ts';
import type { Variant, VariantBylines } from './collectVariants.ts';
import { namesCompatible } from './matchNames.ts';
import { venueSeries } from './venueSeries.ts';
import { memoize } from '../text/memoize.ts';
import { HomonymScreen, type HomonymScreenArrays } from './HomonymScreen.ts';
import type { HomonymScreenBeside } from './homonymScreenBeside.ts';
import { PaperLinks } from './PaperLinks.ts';

const { MIN_GROUP_PAPERS } = PaperLinks;

/** The share of the largest group's papers another group needs to count as a person. */
const MIN_SHARE_OF_LARGEST = 0.25;
/**
 * Papers with more authors link no papers or groups: a consortium's byline
 * says little about who works with whom, and reading every one of them for
 * each of its authors would cost as much as the rest of the grouping.
 */
const MAX_LINKING_AUTHORS = 100;
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
 * when two or more such groups remain, each at least a quarter of the largest,
 * and some of them were active in the
 * same years (groups one after the other are one person who moved on). Its
 * papers in smaller groups join the large group whose venue series they
 * share, else the largest group. Each other spelling of its cluster joins
 * the group its coauthors, else its venues, point to, and stays apart when
 * none or several do. At most one spelling of a cluster is split: the one
 * with the most papers. The first test, by coauthors alone, decides nearly
 * every spelling (see `HomonymScreen`); `beside`, a worker thread, takes part in it.
 *
 * @example const splits = yield* splitHomonyms({ variants, bylines, records, rootOf, membersOf, exempt, maxAuthorsPerPaper });
 */
export function* splitHomonyms(input: SplitInput, beside?: HomonymScreenBeside): Steps<HomonymSplit[]> {
  const { variants, rootOf } = input;
  const screen = yield* HomonymScreen.of(input.bylines, rootOf, linkingLimit(input.maxAuthorsPerPaper));
  beside?.join(screen);
  yield* screen.screenAll();
  const scratch: Scratch = {
    screen: screen.arrays,
    links: new PaperLinks(screen.arrays.mostPapers),
    groupFor: new Uint32Array(variants.length),
    groupAt: new Uint32Array(variants.length),
    paperFor: new Uint32Array(input.records.length),
    series: memoize(venueSeries),
  };
  // Made on the first split found: most data sets have few.
  let bySurname: Map<string, number[]> | undefined;
  // A surname no other person carries (every name with it could be this one's) makes a rare name, which two people seldom share.
  const common = (v: number) => {
    if (bySurname === undefined) {
      bySurname = new Map();
      for (let w = 0; w < variants.length; w++) {
        const same = bySurname.get(variants[w]!.parsed.surname);
        if (same === undefined) bySurname.set(variants[w]!.parsed.surname, [w]);
        else same.push(w);
      }
    }
    return bySurname.get(variants[v]!.parsed.surname)!.some((w) => !namesCompatible(variants[v]!.parsed, variants[w]!.parsed));
  };
  const found: Found[] = [];
  for (let v = 0; v < variants.length; v = findSplits(input, scratch, common, found, v)) yield;
  // Most papers first, so a cluster's split spelling is its most used one.
  found.sort((x, y) => variants[y.v]!.paperCount - variants[x.v]!.paperCount || x.v - y.v);
  const splitRoots = new Set<number>();
  const splits: HomonymSplit[] = [];
  for (const { v, groups } of found) {
    if (splitRoots.has(rootOf[v]!)) continue;
    splitRoots.add(rootOf[v]!);
    splits.push(withMembers(input, v, groups, scratch));
  }
  return splits;
}

/** What the grouping of one spelling's papers reuses from the last. */
interface Scratch {
  /** The screen's arrays: its answers, and the papers and bylines' roots it read. */
  readonly screen: HomonymScreenArrays;
  /** The union-find over the spelling's papers (indices among them). */
  readonly links: PaperLinks;
  /** By variant: 1 + the variant whose large groups it is a coauthor in, and a paper (index) of that group. */
  readonly groupFor: Uint32Array;
  readonly groupAt: Uint32Array;
  /** By record: 1 + the variant whose coauthors' papers last read it. */
  readonly paperFor: Uint32Array;
  /** `venueSeries`, once per venue. */
  readonly series: (venue: string) => string;
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

/** A spelling whose papers fall into groups by coauthors: its variant, and the groups. */
interface Found {
  readonly v: number;
  readonly groups: PaperGroup[];
}

/** Looks for groups in a step's variants from `from` on, into `found`; returns the next variant. A plain function: V8 optimises loops in generators poorly. */
function findSplits(input: SplitInput, scratch: Scratch, common: (v: number) => boolean, found: Found[], from: number): number {
  const { variants } = input;
  const to = Math.min(variants.length, from + PER_STEP);
  for (let v = from; v < to; v++) {
    if (scratch.screen.several[v] === 0 || input.exempt(v)) continue;
    const groups = groupPapers(input, v, scratch);
    if (groups !== null && common(v)) found.push({ v, groups });
  }
  return to;
}

/** The groups of `v`'s papers when they are several people's, in homonym-number order; null when they are one person's. */
function groupPapers(
  { variants, bylines, records, rootOf, membersOf, maxAuthorsPerPaper }: SplitInput,
  v: number,
  { screen, links, groupFor, groupAt, paperFor, series }: Scratch,
): PaperGroup[] | null {
  const { offsets } = bylines;
  const { rootIds } = screen;
  const papers = variants[v]!.papers;
  const own = rootOf[v]!;
  const limit = linkingLimit(maxAuthorsPerPaper);
  // The screen kept only its answer, two or more large sets; the rest of the test reads the sets themselves.
  links.linkByCoauthors(screen.papers, screen.paperStarts[v]!, screen.paperStarts[v + 1]!, own, offsets, limit, rootIds);
  const { sizes } = links;
  const find = (i: number): number => links.find(i);
  const union = (i: number, j: number) => links.unite(i, j);
  const readable = (paper: number) => offsets[paper + 1]! - offsets[paper]! <= limit;
  const isLarge = papers.map((paper, i) => sizes[find(i)]! >= MIN_GROUP_PAPERS && records[paper]!.year !== undefined);
  // Whether the large groups as now linked are two or more, some active in the same years; the cheap tests first.
  const severalAtOnce = () => {
    const years = new Map<number, { from: number; to: number }>();
    papers.forEach((paper, i) => {
      if (!isLarge[i]) return;
      const { year } = records[paper]!;
      const range = years.get(find(i));
      if (range === undefined) years.set(find(i), { from: year!, to: year! });
      else [range.from, range.to] = [Math.min(range.from, year!), Math.max(range.to, year!)];
    });
    const ranges = [...years.values()];
    return ranges.some((x, a) => ranges.some((y, b) => a < b && x.from <= y.to && y.from <= x.to));
  };
  if (!severalAtOnce()) return null;
  // Large groups linked by a venue series both published in.
  const seriesOf = papers.map((paper) => (records[paper]!.venue === undefined ? undefined : series(records[paper]!.venue!)));
  const firstIn = new Map<string, number>();
  papers.forEach((_, i) => {
    const name = seriesOf[i];
    if (!isLarge[i] || name === undefined) return;
    const first = firstIn.get(name);
    if (first === undefined) firstIn.set(name, i);
    else union(i, first);
  });
  if (!severalAtOnce()) return null;
  // Large groups linked by a paper two of their coauthors wrote together, without `v`: found from the
  // papers of every group's coauthors but the largest group's, each paper read once.
  // Sizes as the venues left the groups; the largest found again through a paper of it, as the unions below move roots.
  sizes.fill(0, 0, papers.length);
  for (let i = 0; i < papers.length; i++) sizes[find(i)]!++;
  const inLargest = isLarge.reduce((best, is, i) => (is && sizes[find(i)]! > sizes[find(best)]! ? i : best), isLarge.indexOf(true));
  papers.forEach((paper, i) => {
    if (!isLarge[i] || !readable(paper)) return;
    for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) {
      groupFor[rootIds[k]!] = v + 1;
      groupAt[rootIds[k]!] = i;
    }
  });
  for (let i = 0; i < papers.length; i++) {
    if (!isLarge[i] || find(i) === find(inLargest) || !readable(papers[i]!)) continue;
    for (let k = offsets[papers[i]!]!; k < offsets[papers[i]! + 1]!; k++) {
      const coauthor = rootIds[k]!;
      if (coauthor === own) continue;
      for (const member of membersOf(coauthor)) {
        // Read in place: this runs for each coauthor of each paper, and `Variant.papers` makes an array.
        for (let j = bylines.paperStarts[member]!; j < bylines.paperStarts[member + 1]!; j++) {
          const paper = bylines.papers[j]!;
          if (paperFor[paper] === v + 1 || !readable(paper)) continue;
          paperFor[paper] = v + 1;
          let withOwn = false;
          for (let j = offsets[paper]!; j < offsets[paper + 1]!; j++) withOwn ||= rootIds[j] === own;
          if (withOwn) continue;
          for (let j = offsets[paper]!; j < offsets[paper + 1]!; j++) {
            const other = rootIds[j]!;
            if (groupFor[other] === v + 1) union(i, groupAt[other]!);
          }
        }
      }
    }
  }
  if (!severalAtOnce()) return null;
  // A group far smaller than the largest is more likely a prolific author's side line than another person.
  const linkedSizes = new Uint32Array(papers.length);
  for (let i = 0; i < papers.length; i++) if (isLarge[i]) linkedSizes[find(i)]!++;
  const least = Math.max(...linkedSizes) * MIN_SHARE_OF_LARGEST;
  for (let i = 0; i < papers.length; i++) if (isLarge[i] && linkedSizes[find(i)]! < least) isLarge[i] = false;
  if (!severalAtOnce()) return null;
  const byRoot = new Map<number, PaperGroup>();
  papers.forEach((_, i) => {
    if (isLarge[i] && !byRoot.has(find(i))) byRoot.set(find(i), { papers: [], coauthors: new Set(), series: new Set(), firstYear: Infinity, lastYear: -Infinity, firstPaperId: '' });
  });
  const groups = [...byRoot.values()];
  papers.forEach((_, i) => {
    if (isLarge[i] && seriesOf[i] !== undefined) byRoot.get(find(i))!.series.add(seriesOf[i]!);
  });
  // Every paper of the spelling, large groups' and the rest, now in a group.
  papers.forEach((paper, i) => add(isLarge[i] ? byRoot.get(find(i))! : smallHome(groups, seriesOf[i]), paper));
  return groups.sort((x, y) => x.firstYear - y.firstYear || compareCodeUnits(x.firstPaperId, y.firstPaperId));

  function add(group: PaperGroup, paper: number): void {
    group.papers.push(paper);
    if (readable(paper)) for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) if (rootIds[k] !== own) group.coauthors.add(rootIds[k]!);
    const { year } = records[paper]!;
    if (year === undefined) return;
    const id = paperLocalId(records[paper]!);
    if (year < group.firstYear || (year === group.firstYear && compareCodeUnits(id, group.firstPaperId) < 0)) group.firstPaperId = id;
    group.firstYear = Math.min(group.firstYear, year);
    group.lastYear = Math.max(group.lastYear, year);
  }
}

/** Bylines longer than this link no papers or groups (see `MAX_LINKING_AUTHORS`). */
function linkingLimit(maxAuthorsPerPaper: number): number {
  return Math.min(maxAuthorsPerPaper, MAX_LINKING_AUTHORS);
}

/** The large group a paper outside them joins: the only one of its venue series, else the one with the most papers (the earliest of equals). */
function smallHome(groups: readonly PaperGroup[], series: string | undefined): PaperGroup {
  const same = series === undefined ? [] : groups.filter((group) => group.series.has(series));
  if (same.length === 1) return same[0]!;
  return groups.reduce((best, group) => (group.papers.length > best.papers.length ? group : best));
}

/** The split of `v` with the other spellings of its cluster placed. */
function withMembers(
  { variants, bylines, records, rootOf, membersOf, maxAuthorsPerPaper }: SplitInput,
  v: number,
  groups: readonly PaperGroup[],
  { screen: { rootIds }, series }: Scratch,
): HomonymSplit {
  const { offsets } = bylines;
  const members: number[][] = groups.map(() => []);
  const apart: number[] = [];
  for (const member of membersOf(rootOf[v]!)) {
    if (member === v) continue;
    const coauthorHits = groups.map(() => 0);
    const seriesHits = groups.map(() => 0);
    for (const paper of variants[member]!.papers) {
      if (offsets[paper + 1]! - offsets[paper]! <= linkingLimit(maxAuthorsPerPaper)) {
        for (let k = offsets[paper]!; k < offsets[paper + 1]!; k++) groups.forEach((group, g) => (coauthorHits[g]! += group.coauthors.has(rootIds[k]!) ? 1 : 0));
      }
      const { venue } = records[paper]!;
      if (venue !== undefined) groups.forEach((group, g) => (seriesHits[g]! += group.series.has(series(venue)) ? 1 : 0));
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
