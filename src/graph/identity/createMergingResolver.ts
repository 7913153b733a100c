import type { IdentityOverrides } from '../../ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import type { IdentityMerge, IdentityResolution, IdentityResolver, IdentityRule, NearMiss } from './IdentityResolver.ts';
import { compareCodeUnits } from '../text/compareCodeUnits.ts';
import { paperLocalId } from '../store/paperLocalId.ts';
import { DEFAULT_MAX_AUTHORS_PER_PAPER } from '../store/DEFAULT_MAX_AUTHORS_PER_PAPER.ts';
import { lowerBound } from '../store/lowerBound.ts';
import { nameKey } from '../text/nameKey.ts';
import { runAtOnce } from '../store/steps/runAtOnce.ts';
import { sortInSteps } from '../store/steps/sortInSteps.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { type Support, SupportFinder } from './SupportFinder.ts';
import { type CandidateRule, MIN_SPELLING_LENGTH, matchNames, namesCompatible } from './matchNames.ts';
import { type Variant, type VariantBylines, collectVariants } from './collectVariants.ts';
import { type HomonymScreenBeside, homonymScreenBeside } from './homonymScreenBeside.ts';
import { type KeyWriter, groupVariantsByKey } from './groupVariantsByKey.ts';
import { Homonyms } from './Homonyms.ts';
import { splitHomonyms } from './splitHomonyms.ts';
import { nicknameGroupsOf } from './nicknames.ts';
import { doubleSurnameStart } from './doubleSurnameStart.ts';

export interface MergingOptions {
  /** Curated decisions, applied over every rule. */
  readonly overrides?: IdentityOverrides;
  /** Papers with more authors are no evidence of who works with whom, as in the graph; default `DEFAULT_MAX_AUTHORS_PER_PAPER`. */
  readonly maxAuthorsPerPaper?: number | undefined;
  /** Threads a large resolution may keep busy (see `homonymScreenBeside`); the machine's cores when undefined. */
  readonly threads?: number | undefined;
}

interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly rule: IdentityRule;
  /** The evidence in words, written only for merges that happen. */
  readonly evidence: () => string;
  /** Orders candidates: stronger support merges first. */
  readonly strength: number;
  /** The scored support, for a name rule's proposal. */
  readonly support?: Support;
}

/** A pair kept apart, its reason written only when a report asks. */
interface Refusal {
  readonly a: number;
  readonly b: number;
  readonly rule: IdentityRule;
  readonly reason: () => string;
}

// Above this many spellings in one block, pairwise comparison would dominate
// loading; such blocks (very common surnames with one initial) are left to
// the exact rule and reported.
const MAX_BLOCK = 2000;
// Simple items (an array pushed, a map entry) handled between pauses: well under a millisecond.
const ITEMS_PER_STEP = 16384;
const PAIR_BASE = 2 ** 26;

/**
 * Identity resolution that merges spellings of one person and explains
 * every merge:
 * 1. `override` — the curator's `same` groups;
 * 2. `same-folded-name` — equal after folding case, accents and punctuation;
 * 3. `nickname`, `initials`, `middle-name`, `surname-spelling` — proposed by
 *    the name alone, merged only with support from the graph (shared
 *    coauthors, or a shared venue in nearby years).
 * A merge is refused when the two would sign one paper twice, when a
 * `distinct` override separates them, or when it would join names that
 * cannot be one person (Derek Long and David E. Long through "D. Long").
 * Everything is ordered by content, so record order never changes the result.
 *
 * @example
 * const graph = buildGraph(records, { resolveIdentities: createMergingResolver() });
 */
export function createMergingResolver({
  overrides = { same: [], distinct: [] },
  maxAuthorsPerPaper = DEFAULT_MAX_AUTHORS_PER_PAPER,
  threads,
}: MergingOptions = {}): IdentityResolver {
  const inSteps = (records: readonly PaperRecord[]) => resolve(records, overrides, maxAuthorsPerPaper, threads);
  return Object.assign((records: readonly PaperRecord[]) => runAtOnce(inSteps(records)), { inSteps });
}

function* resolve(records: readonly PaperRecord[], overrides: IdentityOverrides, maxAuthorsPerPaper: number, threads: number | undefined): Steps<IdentityResolution> {
  const { variants, bylines } = yield* collectVariants(records);
  // Started seconds before the homonym split needs it, so that it has loaded its code by then.
  const beside = homonymScreenBeside(bylines.variantIds.length, { threads });
  try {
    return yield* resolveVariants(records, variants, bylines, overrides, maxAuthorsPerPaper, beside);
  } finally {
    beside?.stop();
  }
}

function* resolveVariants(
  records: readonly PaperRecord[],
  variants: readonly Variant[],
  bylines: VariantBylines,
  overrides: IdentityOverrides,
  maxAuthorsPerPaper: number,
  beside: HomonymScreenBeside | undefined,
): Steps<IdentityResolution> {
  // Variants are in name-key order: a key is found by a binary search, not through a map of half a million keys (0.3–0.5 s to make at a million papers).
  const indexOfKey = (key: string): number | undefined => {
    const index = lowerBound(variants.length, (at) => variants[at]!.key, key);
    return variants[index]?.key === key ? index : undefined;
  };
  const clusters = new Clusters(variants, distinctPairs(indexOfKey, overrides), (paper) => describePaper(records[paper]!));
  const nearMisses: Refusal[] = [];

  applySameOverrides(variants, indexOfKey, clusters, overrides);
  const supportFinder = new SupportFinder(variants, bylines, records, maxAuthorsPerPaper);
  const { supported: firstLook, short } = yield* ruleCandidates(variants, supportFinder);
  yield* mergeInOrder(clusters, [...(yield* foldedCandidates(variants)), ...(yield* dropAmbiguous(variants, firstLook, nearMisses))], nearMisses);
  // A second look at the pairs short of support, coauthors now counted by the clusters the first
  // look made: a coauthor who signs one paper with a variant of their own name is still one coauthor.
  const supported: Candidate[] = [];
  const clusterOf = (index: number) => clusters.find(index);
  for (const { a, b, rule, support: before } of short) {
    yield;
    // Scored again only when the clusters add a shared coauthor: nothing else has changed.
    const support = supportFinder.sharedCoauthorCount(a, b, clusterOf) > before.sharedCoauthors ? supportFinder.find(a, b, rule, clusterOf) : before;
    if (support.enough) supported.push({ a, b, rule, evidence: support.evidence, strength: support.score, support });
    else nearMisses.push({ a, b, rule, reason: () => `not enough support in the graph: ${support.evidence()}` });
  }
  yield* mergeInOrder(clusters, yield* dropAmbiguous(variants, supported, nearMisses, firstLook), nearMisses);

  const rootOf = new Uint32Array(variants.length);
  for (let index = 0; index < variants.length; index++) {
    if (index % ITEMS_PER_STEP === 0) yield;
    rootOf[index] = clusters.find(index);
  }
  const named = namedInOverrides(indexOfKey, overrides);
  const homonyms = new Homonyms(
    variants,
    records,
    clusters,
    yield* splitHomonyms(
      {
        variants,
        bylines,
        records,
        rootOf,
        membersOf: (root) => clusters.membersOf(root),
        exempt: (index) => named.has(index) || variants[index]!.parsed.disambiguator !== '',
        maxAuthorsPerPaper,
      },
      beside,
    ),
  );
  for (const refusal of homonyms.refusals()) nearMisses.push(refusal);
  const personKey = (index: number) => homonyms.personKey(index) ?? clusters.personKey(index);
  const names = givenNames(indexOfKey, personKey, overrides);
  // The spellings of clusters the rules or overrides joined, by key: a build asks every person for its joins, and most have none.
  const joinedByKey = new Map<string, number>();
  for (const index of clusters.joined()) joinedByKey.set(variants[index]!.key, index);
  let spelledOut: NearMiss[] | undefined;
  return {
    // Not memoized: a graph build asks once per distinct spelling, and a table of them all would only cost a map of a million entries.
    personKeyOf: (spelling) => {
      const index = indexOfKey(nameKey(spelling));
      if (index === undefined) throw new Error(`"${spelling}" does not occur in the records this resolution was made from`);
      return personKey(index);
    },
    personKeyOfSpelling: (spelling) => personKey(bylines.variantOfSpelling[spelling]!),
    keyInRecord: (personKey) => homonyms.keyInRecord(personKey),
    disambiguatorOf: (personKey) => homonyms.disambiguatorOf(personKey),
    mergesOf: (personKey) => {
      const split = homonyms.mergesOf(personKey);
      if (split !== undefined) return split;
      const index = joinedByKey.get(personKey);
      return index === undefined ? NO_MERGES : clusters.mergesOf(index);
    },
    nameOf: (personKey) => names.get(personKey),
    // Spelled out on first read only: a server never asks, a curator's report does.
    scoreOf: (merge) => {
      const support = clusters.supportOf(merge);
      return support === undefined ? undefined : { score: support.score, threshold: support.threshold, parts: support.parts() };
    },
    get nearMisses(): readonly NearMiss[] {
      return (spelledOut ??= nearMisses
        .sort((x, y) => Math.min(x.a, x.b) - Math.min(y.a, y.b) || Math.max(x.a, x.b) - Math.max(y.a, y.b))
        .map(({ a, b, rule, reason }) => ({ spellings: [variants[a]!.spelling, variants[b]!.spelling], rule, reason: reason() })));
    },
  };
}

/** Merges `candidates`, stronger support first; a refused one becomes a near-miss. */
function* mergeInOrder(clusters: Clusters, candidates: Candidate[], nearMisses: Refusal[]): Steps<void> {
  const byStrength = yield* sortInSteps(
    candidates,
    // Variant indices follow name-key order, so this tie-break is by content too.
    (x, y) => y.strength - x.strength || x.a - y.a || x.b - y.b,
  );
  for (let k = 0; k < byStrength.length; k++) {
    if (k % 256 === 0) yield;
    const candidate = byStrength[k]!;
    const refusal = clusters.merge(candidate);
    if (refusal !== null) nearMisses.push({ ...candidate, reason: () => refusal });
  }
}

/** The joins of a spelling no rule joined to another: one list, shared, for the most of them. */
const NO_MERGES: readonly IdentityMerge[] = Object.freeze([]);

/** Union–find over spellings that keeps, per cluster, what a merge must respect. */
class Clusters {
  readonly #parent: Uint32Array;
  // Per cluster root, made when a cluster first grows: most spellings stay alone.
  readonly #members = new Map<number, number[]>();
  readonly #papers = new Map<number, Set<number>>();
  readonly #merges = new Map<number, IdentityMerge[]>();
  // By spelling and the spelling it joined: a merge may reach a report as a copy.
  readonly #support = new Map<string, Support>();

  constructor(
    private readonly variants: readonly Variant[],
    private readonly distinct: ReadonlyMap<number, string>,
    private readonly describePaper: (paper: number) => string,
  ) {
    this.#parent = new Uint32Array(variants.length);
    for (let index = 0; index < variants.length; index++) this.#parent[index] = index;
  }

  find(index: number): number {
    let root = index;
    while (this.#parent[root] !== root) root = this.#parent[root]!;
    // Path compression keeps later finds near constant time.
    while (this.#parent[index] !== root) [index, this.#parent[index]] = [this.#parent[index]!, root];
    return root;
  }

  /** Joins the clusters of a candidate; returns why not when it must not. */
  merge({ a, b, rule, evidence, support }: Candidate, forced = false): string | null {
    const [rootA, rootB] = [this.find(a), this.find(b)];
    if (rootA === rootB) return null;
    const shared = firstShared(this.#papersOf(rootA), this.#papersOf(rootB));
    if (shared !== undefined) return `both names are on ${this.describePaper(shared)}, so they are two people`;
    if (!forced) {
      // Variants are in name-key order, so sorted members give the same first conflict for any record order.
      for (const x of [...this.#membersOf(rootA)].sort((p, q) => p - q)) {
        for (const y of [...this.#membersOf(rootB)].sort((p, q) => p - q)) {
          const reason = this.distinct.get(pairKey(x, y));
          if (reason !== undefined) return `an override keeps "${this.variants[x]!.spelling}" and "${this.variants[y]!.spelling}" apart: ${reason}`;
          if (!namesCompatible(this.variants[x]!.parsed, this.variants[y]!.parsed)) {
            return `joining would make "${this.variants[x]!.spelling}" and "${this.variants[y]!.spelling}" one person, which no rule allows`;
          }
        }
      }
    }
    const [keep, drop] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.#parent[drop] = keep;
    const members = this.#members.get(keep) ?? [keep];
    members.push(...this.#membersOf(drop));
    this.#members.set(keep, members);
    const papers = this.#papersOf(keep);
    for (const paper of this.#papersOf(drop)) papers.add(paper);
    const merges = this.#merges.get(keep) ?? [];
    const merge: IdentityMerge = { spelling: this.variants[b]!.spelling, joinedTo: this.variants[a]!.spelling, rule, evidence: evidence() };
    if (support !== undefined) this.#support.set(mergeKey(merge), support);
    merges.push(...this.#mergesAt(drop), merge);
    this.#merges.set(keep, merges);
    for (const map of [this.#members, this.#papers, this.#merges]) map.delete(drop);
    return null;
  }

  /**
   * The person key: the name key of the cluster's preferred spelling (see
   * `prefers`). A later file that adds a rare new spelling leaves it, and so
   * the author's id, unchanged.
   */
  personKey(index: number): string {
    const root = this.find(index);
    const members = this.#members.get(root);
    // Most spellings stay alone: a build asks for each one's key and joins, and a list of one to choose from (and a sorted copy of no joins, below) cost a merged build of a million papers 0.2 s.
    if (members === undefined) return this.variants[root]!.key;
    return this.variants[members.reduce((best, member) => (prefers(this.variants, member, best) ? member : best))]!.key;
  }

  /** The spellings of the cluster of `index`. */
  membersOf(index: number): readonly number[] {
    return this.#membersOf(this.find(index));
  }

  /** Every spelling of a cluster that joined others. */
  *joined(): Iterable<number> {
    for (const root of this.#merges.keys()) yield* this.#membersOf(root);
  }

  supportOf(merge: IdentityMerge): Support | undefined {
    return this.#support.get(mergeKey(merge));
  }

  mergesOf(index: number): readonly IdentityMerge[] {
    const merges = this.#mergesAt(this.find(index));
    if (merges.length === 0) return merges;
    return [...merges].sort(
      (x, y) => compareCodeUnits(x.spelling, y.spelling) || compareCodeUnits(x.joinedTo, y.joinedTo),
    );
  }

  #membersOf(root: number): readonly number[] {
    return this.#members.get(root) ?? [root];
  }

  #papersOf(root: number): Set<number> {
    let papers = this.#papers.get(root);
    if (papers === undefined) this.#papers.set(root, (papers = new Set(this.variants[root]!.papers)));
    return papers;
  }

  #mergesAt(root: number): readonly IdentityMerge[] {
    return this.#merges.get(root) ?? NO_MERGES;
  }
}

function applySameOverrides(variants: readonly Variant[], indexOf: (key: string) => number | undefined, clusters: Clusters, overrides: IdentityOverrides): void {
  overrides.same.forEach(({ names, reason }, group) => {
    // The preferred spelling first, so the rarer ones read as joined to it.
    const present = names
      .map((name) => indexOf(nameKey(name)))
      .filter((index) => index !== undefined)
      .sort((x, y) => (prefers(variants, x, y) ? -1 : 1));
    for (const other of present.slice(1)) {
      const refusal = clusters.merge({ a: present[0]!, b: other, rule: 'override', evidence: () => reason, strength: 0 }, true);
      if (refusal !== null) throw new Error(`identity override same[${group}] (${names.join(', ')}) cannot hold: ${refusal}`);
    }
  });
}

/**
 * The names `same` groups give, by the person key their spellings ended up
 * under; when the rules join two named groups, the later group's name wins,
 * as a later decision does.
 */
function givenNames(indexOf: (key: string) => number | undefined, personKey: (index: number) => string, overrides: IdentityOverrides): Map<string, string> {
  const names = new Map<string, string>();
  for (const { names: spellings, name } of overrides.same) {
    if (name === undefined) continue;
    const index = spellings.map((spelling) => indexOf(nameKey(spelling))).find((found) => found !== undefined);
    if (index !== undefined) names.set(personKey(index), name);
  }
  return names;
}

/** The spellings an override names, `same` or `distinct`: a curator has decided who they are, so they are never split. */
function namedInOverrides(indexOf: (key: string) => number | undefined, overrides: IdentityOverrides): Set<number> {
  const named = new Set<number>();
  for (const { names } of [...overrides.same, ...overrides.distinct]) {
    for (const name of names) {
      const index = indexOf(nameKey(name));
      if (index !== undefined) named.add(index);
    }
  }
  return named;
}

function distinctPairs(indexOf: (key: string) => number | undefined, overrides: IdentityOverrides): Map<number, string> {
  const pairs = new Map<number, string>();
  for (const { names, reason } of overrides.distinct) {
    const present = names.map((name) => indexOf(nameKey(name))).filter((index) => index !== undefined);
    for (const x of present) for (const y of present) if (x !== y) pairs.set(pairKey(x, y), reason);
  }
  return pairs;
}

/** Spellings equal up to case, accents and punctuation: one person unless a constraint forbids it. */
function* foldedCandidates(variants: readonly Variant[]): Steps<Candidate[]> {
  const candidates: Candidate[] = [];
  const foldedKey = ({ parsed }: Variant, keys: KeyWriter) => {
    keys.add(parsed.key);
    keys.end();
  };
  for (const group of yield* groupVariantsByKey(variants, foldedKey)) {
    yield;
    const [first, ...rest] = group.sort((x, y) => (ordered(variants, x, y)[0] === x ? -1 : 1));
    for (const other of rest) {
      candidates.push({ a: first!, b: other, rule: 'same-folded-name', evidence: () => 'the names are equal ignoring case, accents and punctuation', strength: Infinity });
    }
  }
  return candidates;
}

/** A pair of spellings a name rule proposes, by variant index. */
interface Proposal {
  readonly a: number;
  readonly b: number;
  readonly rule: CandidateRule;
}

/** Pairs a name rule proposes: `supported` by the graph, or `short` of support (with what was found), for a second look once merges are made. */
function* ruleCandidates(
  variants: readonly Variant[],
  supportFinder: SupportFinder,
): Steps<{ supported: Candidate[]; short: (Proposal & { readonly support: Support })[] }> {
  // Blocks: same surname (in either reading of a double surname, see
  // `doubleSurnameStart`) and first initial, or same surname and a first
  // name of one nickname group, whose first letters may differ (Bill and
  // William), for the given-name rules; same given names and a surname left
  // equal by deleting one letter from either (spelling rule: pairs one edit
  // apart always share such a key). Names outside a shared block are never compared.
  const blocks: number[][] = [];
  for (const keysOf of [givenNameBlockKeys, spellingBlockKeys]) {
    // Blocks only propose pairs, each judged by its names: they need not be exact.
    const groups = yield* groupVariantsByKey(variants, keysOf, { exact: false });
    for (let k = 0; k < groups.length; k++) {
      if (k % ITEMS_PER_STEP === 0) yield;
      if (groups[k]!.length <= MAX_BLOCK) blocks.push(groups[k]!);
    }
  }
  // Pairs recur across the deletion keys of one surname: each is judged in
  // the first block the two share, found from their short lists of blocks
  // rather than from a set of every pair judged (tens of millions on a
  // million papers). The lists are kept as one array by variant, not an array each.
  const blocksOf = yield* blocksOfVariants(blocks, variants.length);
  const proposing: Proposing = { variants, blocks, blocksOf, proposed: new Map(), id: 0, row: 0 };
  while (proposing.id < blocks.length) {
    proposeSome(proposing);
    yield;
  }
  const { proposed } = proposing;

  // Titles' words are counted only for pairs to score: data whose names vary little proposes none.
  if (proposed.size > 0) yield* supportFinder.prepare();
  const supported: Candidate[] = [];
  const short: (Proposal & { readonly support: Support })[] = [];
  for (const proposal of [...proposed.values()]) {
    yield;
    const { a, b, rule } = proposal;
    const support = supportFinder.find(a, b, rule);
    if (support.enough) supported.push({ a, b, rule, evidence: support.evidence, strength: support.score, support });
    else short.push({ ...proposal, support });
  }
  return { supported, short };
}

// Pairs of names looked at between pauses; a pause per spelling of a block would cost more than the small blocks' comparisons.
const PAIRS_PER_STEP = ITEMS_PER_STEP / 16;

/** The pairs of names being proposed, block by block, and where: the row of the block whose pairs with the later rows come next. */
interface Proposing {
  readonly variants: readonly Variant[];
  readonly blocks: readonly (readonly number[])[];
  readonly blocksOf: BlocksOfVariants;
  readonly proposed: Map<number, Proposal>;
  id: number;
  row: number;
}

/**
 * Puts into `proposed` the pairs a name rule joins, each in the first
 * block the two share, for a step's worth of rows from where `proposing`
 * is. A plain function: V8 optimises loops in generators poorly.
 */
function proposeSome(proposing: Proposing): void {
  const { variants, blocks, blocksOf, proposed } = proposing;
  let { id, row } = proposing;
  for (let compared = 0; id < blocks.length && compared < PAIRS_PER_STEP; ) {
    const block = blocks[id]!;
    if (row >= block.length) {
      id++;
      row = 0;
      continue;
    }
    compared += block.length - row;
    const x = block[row++]!;
    for (let j = row; j < block.length; j++) {
      const y = block[j]!;
      // Not a pair destructured: this runs for every pair of a block, seven million at a million papers.
      const xFirst = prefers(variants, x, y);
      const a = xFirst ? x : y;
      const b = xFirst ? y : x;
      const rule = matchNames(variants[a]!.parsed, variants[b]!.parsed);
      // The names first: nearly every pair's first shared block is this one, and nearly no pair's names match.
      if (rule !== null && firstSharedBlock(blocksOf, x, y) === id) proposed.set(pairKey(a, b), { a, b, rule });
    }
  }
  Object.assign(proposing, { id, row });
}

/** The blocks of each variant, ascending: variant v's are `ids[starts[v] .. starts[v + 1])`. */
interface BlocksOfVariants {
  readonly starts: Uint32Array;
  readonly ids: Uint32Array;
}

/** Inverts `blocks` (lists of variants) into the blocks of each of `count` variants, by counting. */
function* blocksOfVariants(blocks: readonly (readonly number[])[], count: number): Steps<BlocksOfVariants> {
  const starts = new Uint32Array(count + 1);
  for (let id = 0; id < blocks.length; id++) {
    if (id % ITEMS_PER_STEP === 0) yield;
    for (const member of blocks[id]!) starts[member + 1]!++;
  }
  for (let v = 0; v < count; v++) starts[v + 1]! += starts[v]!;
  const ids = new Uint32Array(starts[count]!);
  const next = starts.slice(0, count);
  for (let id = 0; id < blocks.length; id++) {
    if (id % ITEMS_PER_STEP === 0) yield;
    for (const member of blocks[id]!) ids[next[member]!++] = id;
  }
  return { starts, ids };
}

/** The first block variants `x` and `y` share, or -1. */
function firstSharedBlock({ starts, ids }: BlocksOfVariants, x: number, y: number): number {
  for (let i = starts[x]!, j = starts[y]!; i < starts[x + 1]! && j < starts[y + 1]!; ) {
    if (ids[i] === ids[j]) return ids[i]!;
    if (ids[i]! < ids[j]!) i++;
    else j++;
  }
  return -1;
}

/**
 * A spelling that fits two people who cannot be one ("D. Long" beside both
 * Derek Long and David E. Long) says nothing about which it is: refuse all
 * its merges rather than guess. Pairs `settled` before count as partners too,
 * but are neither returned nor refused.
 */
function* dropAmbiguous(variants: readonly Variant[], candidates: Candidate[], nearMisses: Refusal[], settled: readonly Candidate[] = []): Steps<Candidate[]> {
  const partners = new Map<number, number[]>();
  const link = (from: number, to: number) => {
    const list = partners.get(from);
    if (list) list.push(to);
    else partners.set(from, [to]);
  };
  for (const list of [settled, candidates]) {
    for (let k = 0; k < list.length; k++) {
      if (k % ITEMS_PER_STEP === 0) yield;
      link(list[k]!.a, list[k]!.b);
      link(list[k]!.b, list[k]!.a);
    }
  }
  const ambiguous = new Map<number, () => string>();
  for (const [index, others] of partners) {
    yield;
    for (const x of others) {
      for (const y of others) {
        if (x < y && !namesCompatible(variants[x]!.parsed, variants[y]!.parsed)) {
          ambiguous.set(index, () => `"${variants[index]!.spelling}" fits both "${variants[x]!.spelling}" and "${variants[y]!.spelling}", who cannot be one person`);
        }
      }
    }
  }
  const kept: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    if (k % ITEMS_PER_STEP === 0) yield;
    const candidate = candidates[k]!;
    const reason = ambiguous.get(candidate.a) ?? ambiguous.get(candidate.b);
    if (reason !== undefined) nearMisses.push({ ...candidate, reason });
    else kept.push(candidate);
  }
  return kept;
}

// Block keys are written part by part, never made as strings: a million spellings give millions of them (see `groupVariantsByKey`).
function givenNameBlockKeys({ parsed }: Variant, keys: KeyWriter): void {
  const first = parsed.given[0] ?? '';
  const groups = nicknameGroupsOf(first);
  writeGivenNameKeys(keys, '', parsed.surname, first, groups);
  const start = doubleSurnameStart(parsed);
  if (start !== undefined) writeGivenNameKeys(keys, start, parsed.surname, first, groups);
}

/** `surname|f` for first initial f, and `surname|~g` for each nickname group g; the surname read with `start` before it when there is one. */
function writeGivenNameKeys(keys: KeyWriter, start: string, surname: string, first: string, groups: readonly number[]): void {
  for (let group = -1; group < groups.length; group++) {
    if (start !== '') {
      keys.add(start);
      keys.add(' ');
    }
    keys.add(surname);
    keys.add('|');
    if (group < 0) keys.add(first, 0, Math.min(first.length, 1));
    else {
      keys.add('~');
      keys.add(String(groups[group]));
    }
    keys.end();
  }
}

function spellingBlockKeys({ parsed }: Variant, keys: KeyWriter): void {
  const { given, surname } = parsed;
  if (given.length === 0 || surname.length < MIN_SPELLING_LENGTH) return;
  // Two surnames one edit apart become equal once one letter (or none) is deleted from each.
  // The keys share the given names and the surname's letters before the one deleted: those are written once, and each key goes on from them.
  for (let word = 0; word < given.length; word++) {
    if (word > 0) keys.add(' ');
    keys.add(given[word]!);
  }
  keys.add('|');
  keys.mark();
  keys.add(surname);
  keys.end();
  keys.restore();
  for (let deleted = 0; deleted < surname.length; deleted++) {
    if (deleted > 0) {
      keys.add(surname, deleted - 1, deleted);
      keys.mark();
    }
    // Deleting any letter of a run of one letter leaves the same surname, so only a run's first is deleted: each key once.
    if (deleted > 0 && surname.charCodeAt(deleted) === surname.charCodeAt(deleted - 1)) continue;
    keys.add(surname, deleted + 1);
    keys.end();
    keys.restore();
  }
}

/** A paper as a curator finds it: by title where there is one, else by id; never by load position. */
function describePaper(record: PaperRecord): string {
  return record.title === undefined ? `paper ${paperLocalId(record)}` : `"${record.title}"`;
}

/** The smallest paper both sets hold, looking through the smaller set; undefined when none. */
function firstShared(a: ReadonlySet<number>, b: ReadonlySet<number>): number | undefined {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let first: number | undefined;
  for (const paper of small) if (large.has(paper) && (first === undefined || paper < first)) first = paper;
  return first;
}

/**
 * Whether spelling `x` names a person before `y` does: more papers first,
 * then the longer (more informative) name, then name-key order. Merges read
 * "the rarer spelling joined the common one", and nothing depends on input order.
 */
function prefers(variants: readonly Variant[], x: number, y: number): boolean {
  const vx = variants[x]!;
  const vy = variants[y]!;
  if (vx.paperCount !== vy.paperCount) return vx.paperCount > vy.paperCount;
  if (vx.key.length !== vy.key.length) return vx.key.length > vy.key.length;
  return vx.key <= vy.key;
}

function ordered(variants: readonly Variant[], x: number, y: number): [number, number] {
  return prefers(variants, x, y) ? [x, y] : [y, x];
}

function mergeKey({ spelling, joinedTo }: IdentityMerge): string {
  return `${spelling}\u0000${joinedTo}`;
}

/** One number per unordered pair of variant indices; exact for up to 2^26 (67 million) spellings. */
function pairKey(x: number, y: number): number {
  return x < y ? x * PAIR_BASE + y : y * PAIR_BASE + x;
}
