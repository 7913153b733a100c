import { buildGraph } from '../../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import type { IdentityMerge, IdentityResolver } from '../../src/graph/identity/IdentityResolver.ts';
import { nameKey } from '../../src/graph/text/nameKey.ts';
import { seedRecords } from './seedGraph.ts';

// The four name pairs of the seed that are one person each, the spelling
// more papers use first: 103 spellings make 99 authors.
const SAME_PERSON: readonly (readonly [string, string])[] = [
  ['Noemi Mercado', 'Noemí Mercado'],
  ['Tim Maxwell', 'Timothy Maxwell'],
  ['Tom Henighan', 'Thomas Henighan'],
  ['Kamilė Lukošiūtė', 'Kamile Lukosuite'],
];

const personOf = new Map(SAME_PERSON.flatMap(([main, variant]) => [[nameKey(main), nameKey(main)], [nameKey(variant), nameKey(main)]]));

/**
 * Merges exactly the seed's four known pairs and nothing else, so that tests
 * of graph algorithms do not depend on how identity resolution evolves.
 */
export const resolveSeedPairs: IdentityResolver = () => ({
  personKeyOf: (spelling) => personOf.get(nameKey(spelling)) ?? nameKey(spelling),
  mergesOf: (personKey) =>
    SAME_PERSON.filter(([main]) => nameKey(main) === personKey).map(
      ([main, variant]): IdentityMerge => ({ spelling: variant, joinedTo: main, rule: 'override', evidence: 'listed as one person by the test' }),
    ),
  nearMisses: [],
});

/** The seed with the four known name pairs merged: 99 authors, 256 authorships. */
export async function mergedSeedGraph(): Promise<CoauthorGraph> {
  return buildGraph(await seedRecords(), { resolveIdentities: resolveSeedPairs });
}
