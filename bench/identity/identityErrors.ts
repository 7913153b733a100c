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
 * Where a resolution of a labelled corpus goes wrong, by kind. A variant is
 * missed when its cluster is not the one of its person's usual spelling
 * (variants of a multi-word surname are counted apart, as their own kind).
 * Two people are falsely merged when some cluster holds spellings of both;
 * the pair is put down to the rule of a join between their spellings, or
 * to "one spelling" when they sign with the same one.
 *
 * @example
 * identityErrors(corpus, (spelling) => resolution.personKeyOf(spelling), (key) => resolution.mergesOf(key))
 */
export function identityErrors(
  { records, people, personAt }: LabelledPapers,
  personKeyOf: (spelling: string) => string,
  mergesOf: (personKey: string) => readonly IdentityMerge[],
): IdentityErrors {
  // The spellings each person used, and the people behind each spelling.
  const used = people.map(() => new Set<string>());
  const peopleOf = new Map<string, Set<number>>();
  let at = 0;
  for (const { authors } of records) {
    for (const spelling of authors) {
      const person = personAt[at++]!;
      used[person]!.add(spelling);
      let persons = peopleOf.get(spelling);
      if (persons === undefined) peopleOf.set(spelling, (persons = new Set()));
      persons.add(person);
    }
  }

  const misses = new Tally();
  people.forEach(({ name, variants, multiWordSurname }, person) => {
    if (!used[person]!.has(name)) return;
    for (const { spelling, kind } of variants) {
      if (!used[person]!.has(spelling)) continue;
      const label = multiWordSurname ? `${kind} (multi-word surname)` : kind;
      misses.total(label);
      if (personKeyOf(spelling) !== personKeyOf(name)) misses.add(label, `"${spelling}" apart from "${name}"`);
    }
  });

  const clusters = new Map<string, string[]>();
  for (const spelling of peopleOf.keys()) {
    const key = personKeyOf(spelling);
    const list = clusters.get(key);
    if (list === undefined) clusters.set(key, [spelling]);
    else list.push(spelling);
  }
  const falseMerges = new Tally();
  for (const [key, spellings] of clusters) {
    const persons = [...new Set(spellings.flatMap((spelling) => [...peopleOf.get(spelling)!]))].sort((x, y) => x - y);
    if (persons.length < 2) continue;
    const merges = mergesOf(key);
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const [p, q] = [persons[i]!, persons[j]!];
        const both = spellings.find((spelling) => used[p]!.has(spelling) && used[q]!.has(spelling));
        if (both !== undefined) {
          falseMerges.add('one spelling, two people', `"${both}"`);
          continue;
        }
        const join = merges.find(
          ({ spelling, joinedTo }) => (used[p]!.has(spelling) && used[q]!.has(joinedTo)) || (used[q]!.has(spelling) && used[p]!.has(joinedTo)),
        );
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
