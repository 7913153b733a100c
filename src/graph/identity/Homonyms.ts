import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import type { Variant } from './collectVariants.ts';
import type { IdentityMerge, IdentityRule } from './IdentityResolver.ts';
import type { HomonymGroup, HomonymSplit } from './splitHomonyms.ts';

/** What the merging resolver's clusters tell about the spellings a split leaves in place. */
interface ClusterMerges {
  mergesOf(index: number): readonly IdentityMerge[];
}

/** A person of a split spelling: the split and the group's number in it. */
interface GroupRef {
  readonly split: HomonymSplit;
  readonly group: number;
}

/**
 * The person keys of split spellings (see `splitHomonyms`): each group a
 * key derived from the spelling and the group's earliest paper, so it is
 * stable across restarts and record order; the spelling itself a key the
 * build resolves paper by paper (`keyInRecord`); the spellings of its cluster
 * that fit no group one key of their own. Explains each group as an
 * `identity` entry with the rule `homonym-split`.
 *
 * @example const homonyms = new Homonyms(variants, records, clusters, splits); homonyms.personKey(index) ?? clusters.personKey(index)
 */
export class Homonyms {
  /** By variant: its person key, for split spellings, the spellings that joined a group and those left apart. */
  readonly #keyOf = new Map<number, string>();
  readonly #groupOfKey = new Map<string, GroupRef>();
  readonly #splitOfKey = new Map<string, HomonymSplit>();
  /** By the key of spellings left apart: the split they were left apart from. */
  readonly #apartOfKey = new Map<string, HomonymSplit>();

  constructor(
    private readonly variants: readonly Variant[],
    private readonly records: readonly PaperRecord[],
    private readonly clusters: ClusterMerges,
    private readonly splits: readonly HomonymSplit[],
  ) {
    for (const split of splits) {
      const { key } = variants[split.variant]!;
      // A NUL never occurs in a name key (spellings are refused with control characters), so these keys are no spelling's.
      const splitKey = `${key}\u0000`;
      this.#keyOf.set(split.variant, splitKey);
      this.#splitOfKey.set(splitKey, split);
      split.groups.forEach((group, index) => {
        const groupKey = `${key}\u0000${group.firstPaperId}`;
        this.#groupOfKey.set(groupKey, { split, group: index });
        for (const member of group.members) this.#keyOf.set(member, groupKey);
      });
      if (split.apart.length > 0) {
        // The most used spelling left apart names them, as a cluster's preferred spelling does.
        const first = split.apart.reduce((best, member) => (variants[member]!.paperCount > variants[best]!.paperCount ? member : best));
        const apartKey = `${variants[first]!.key}\u0000apart`;
        this.#apartOfKey.set(apartKey, split);
        for (const member of split.apart) this.#keyOf.set(member, apartKey);
      }
    }
  }

  /** The person key of a spelling a split touched; undefined for every other. */
  personKey(index: number): string | undefined {
    return this.#keyOf.get(index);
  }

  /** For a split spelling's key, the person key of each record it is on; undefined for every other key. */
  keyInRecord(personKey: string): ((record: number) => string) | undefined {
    const split = this.#splitOfKey.get(personKey);
    if (split === undefined) return undefined;
    const keys = split.groups.map((group) => `${this.variants[split.variant]!.key}\u0000${group.firstPaperId}`);
    return (record) => {
      const group = split.groupOf.get(record);
      if (group === undefined) throw new Error(`record ${record} does not list "${this.variants[split.variant]!.spelling}"`);
      return keys[group]!;
    };
  }

  /** The homonym number of a group's person; undefined for every other key. */
  disambiguatorOf(personKey: string): string | undefined {
    const found = this.#groupOfKey.get(personKey);
    return found === undefined ? undefined : found.split.groups[found.group]!.disambiguator;
  }

  /** The identity entries of a person a split made; undefined for every other key. */
  mergesOf(personKey: string): readonly IdentityMerge[] | undefined {
    const found = this.#groupOfKey.get(personKey);
    if (found !== undefined) {
      const { split, group } = found;
      const { spelling } = this.variants[split.variant]!;
      const entry: IdentityMerge = {
        spelling,
        joinedTo: `${spelling} ${split.groups[group]!.disambiguator}`,
        rule: 'homonym-split',
        evidence: this.#explain(split, group),
      };
      return [entry, ...this.#mergesWithin(split, [split.variant, ...split.groups[group]!.members])];
    }
    const apart = this.#apartOfKey.get(personKey);
    return apart === undefined ? undefined : this.#mergesWithin(apart, apart.apart);
  }

  /** The spellings left apart from a split, as near-misses with why. */
  refusals(): { a: number; b: number; rule: IdentityRule; reason: () => string }[] {
    return this.splits.flatMap((split) =>
      split.apart.map((member) => ({
        a: split.variant,
        b: member,
        rule: 'homonym-split' as const,
        reason: () =>
          `"${this.variants[split.variant]!.spelling}" is ${split.groups.length} people, and the coauthors and venues of "${this.variants[member]!.spelling}" point to none of them alone`,
      })),
    );
  }

  /** The rules' joins between the given spellings: the part of the cluster's joins a split person keeps. */
  #mergesWithin(split: HomonymSplit, members: readonly number[]): IdentityMerge[] {
    const spellings = new Set(members.map((member) => this.variants[member]!.spelling));
    return this.clusters.mergesOf(split.variant).filter((merge) => spellings.has(merge.spelling) && spellings.has(merge.joinedTo));
  }

  #explain(split: HomonymSplit, group: number): string {
    const { spelling } = this.variants[split.variant]!;
    const described = split.groups.map((each) => `${each.disambiguator} ${this.#describe(each)}`);
    return (
      `"${spelling}" signs ${split.groups.length} groups of papers that share no coauthor, no venue and no paper of their coauthors, ` +
      `in the same years: ${described.join('; ')}; this is ${split.groups[group]!.disambiguator}`
    );
  }

  #describe({ papers, coauthors, firstYear, lastYear }: HomonymGroup): string {
    const names = [...coauthors].map((coauthor) => this.variants[coauthor]!.spelling).sort();
    const venues = [...new Set(papers.flatMap((paper) => this.records[paper]!.venue ?? []))].sort();
    const years = firstYear === lastYear ? `${firstYear}` : `${firstYear}–${lastYear}`;
    const withWhom = names.length === 0 ? 'alone' : `with ${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}`;
    const where = venues.length === 0 ? '' : `, in ${venues.slice(0, 2).join(', ')}${venues.length > 2 ? ', …' : ''}`;
    return `${papers.length} paper${papers.length === 1 ? '' : 's'} ${years} ${withWhom}${where}`;
  }
}
