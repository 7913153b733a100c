import type { IdentityMerge, IdentityResolver } from '../graph/identity/IdentityResolver.ts';
import { nameKey } from '../graph/text/nameKey.ts';
import type { IdentityOverrides } from '../ingest/IdentityOverrides.ts';

/**
 * Exact identity (one person per spelling, up to case, Unicode form and
 * spacing) with a curator's `same` groups joined: each group is one person,
 * keyed by its first name, so it keeps that author's id, and shown by the
 * group's name when it has one. `distinct` groups need nothing here: exact
 * identity joins no two spellings on its own.
 *
 * @example const resolver = createCuratedExactResolver({ same: [{ names: ['Tim Maxwell', 'Timothy Maxwell'], name: 'Timothy J. Maxwell', reason: 'merged by alice' }], distinct: [] });
 */
export function createCuratedExactResolver({ same }: IdentityOverrides): IdentityResolver {
  const keyOf = new Map<string, string>();
  const merges = new Map<string, IdentityMerge[]>();
  const names = new Map<string, string>();
  for (const { names: spellings, name, reason } of same) {
    const [first, ...others] = spellings;
    const key = nameKey(first!);
    for (const spelling of spellings) keyOf.set(nameKey(spelling), key);
    merges.set(key, others.map((spelling) => ({ spelling, joinedTo: first!, rule: 'override', evidence: reason })));
    if (name !== undefined) names.set(key, name);
  }
  return () => ({
    personKeyOf: (spelling) => {
      const key = nameKey(spelling);
      return keyOf.get(key) ?? key;
    },
    mergesOf: (personKey) => merges.get(personKey) ?? [],
    nameOf: (personKey) => names.get(personKey),
    nearMisses: [],
  });
}
