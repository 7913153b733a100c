import type { IdentityMerge } from '../../src/graph/identity/IdentityResolver.ts';
import type { LabelledPapers } from '../generator/LabelledPapers.ts';

export interface KindCount {
  readonly kind: string;
  readonly count: number;
  /** Of how many (for misses: variant spellings of that kind). */
  readonly of?: number;
  /** A few cases, for a reader to look at. */
  readonly examples: readonly string[];
}

export interface IdentityErrors {
  /** Variant spellings left apart from their person's usual spelling, by kind of variant. */
  readonly misses: readonly KindCount[];
  /** Pairs of people put into one cluster, by what joined them: one shared spelling, or the rule of the join. */
  readonly falseMerges: readonly KindCount[];
}

const EXAMPLES = 3;

/**
 * Where a resolution of a labelled corpus goes wrong, by kind, keyed by
 * authorship (a split spelling has several keys). A variant is missed when
 * the person's first authorship under it is keyed apart from their first
 * under the usual spelling
 * (variants of a multi-word surname are counted apart, as their own kind).
 * Two people are falsely merged when some cluster holds spellings of both;
 * the pair is put down to the rule of a join between their spellings, or
 * to "one spelling" when they sign with the same one.
 *
 * @example
 * identityErrors(corpus, (spelling, record) => keyOfAuthorship(spelling, record), (key) => resolution.mergesOf(key))
 */
export function identityErrors(
  { records, people, personAt }: LabelledPapers,
  keyAt: (spelling: string, record: number) => string,
  mergesOf: (personKey: string) => readonly IdentityMerge[],
): IdentityErrors {
  // The key of each person's first authorship under each spelling they used; by key, the people behind each of its spellings.
  const used = people.map(() => new Map<string, string>());
  const clusters = new Map<string, Map<string, Set<number>>>();
  let at = 0;
  records.forEach(({ authors }, record) => {
    for (const spelling of authors) {
      const person = personAt[at++]!;
      const key = keyAt(spelling, record);
      if (!used[person]!.has(spelling)) used[person]!.set(spelling, key);
      let spellings = clusters.get(key);
      if (spellings === undefined) clusters.set(key, (spellings = new Map()));
      let persons = spellings.get(spelling);
      if (persons === undefined) spellings.set(spelling, (persons = new Set()));
      persons.add(person);
    }
  });

  const misses = new Tally();
  people.forEach(({ name, variants, multiWordSurname }, person) => {
    if (!used[person]!.has(name)) return;
    for (const { spelling, kind } of variants) {
      if (!used[person]!.has(spelling)) continue;
      const label = multiWordSurname ? `${kind} (multi-word surname)` : kind;
      misses.total(label);
      if (used[person]!.get(spelling) !== used[person]!.get(name)) misses.add(label, `"${spelling}" apart from "${name}"`);
    }
  });

  const falseMerges = new Tally();
  for (const [key, spellings] of clusters) {
    const persons = [...new Set([...spellings.values()].flatMap((of) => [...of]))].sort((x, y) => x - y);
    if (persons.length < 2) continue;
    const merges = mergesOf(key);
    const signs = (person: number, spelling: string) => spellings.get(spelling)?.has(person) === true;
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const [p, q] = [persons[i]!, persons[j]!];
        const both = [...spellings.keys()].find((spelling) => signs(p, spelling) && signs(q, spelling));
        if (both !== undefined) {
          falseMerges.add('one spelling, two people', `"${both}"`);
          continue;
        }
        const join = merges.find(({ spelling, joinedTo }) => (signs(p, spelling) && signs(q, joinedTo)) || (signs(q, spelling) && signs(p, joinedTo)));
        falseMerges.add(join?.rule ?? 'through other spellings', join === undefined ? `"${people[p]!.name}" with "${people[q]!.name}"` : `"${join.spelling}" into "${join.joinedTo}"`);
      }
    }
  }
  return { misses: misses.counts(), falseMerges: falseMerges.counts() };
}

class Tally {
  readonly #byKind = new Map<string, { count: number; of: number; examples: string[] }>();

  total(kind: string): void {
    this.#entry(kind).of++;
  }

  add(kind: string, example: string): void {
    const entry = this.#entry(kind);
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(example);
  }

  counts(): KindCount[] {
    return [...this.#byKind]
      .map(([kind, { count, of, examples }]) => ({ kind, count, ...(of > 0 ? { of } : {}), examples }))
      .sort((x, y) => y.count - x.count || (x.kind < y.kind ? -1 : 1));
  }

  #entry(kind: string) {
    let entry = this.#byKind.get(kind);
    if (entry === undefined) this.#byKind.set(kind, (entry = { count: 0, of: 0, examples: [] }));
    return entry;
  }
}
