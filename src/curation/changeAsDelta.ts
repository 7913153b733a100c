import type { IdentitySettings } from '../createIdentityResolver.ts';
import type { IdentityMerge } from '../graph/identity/IdentityResolver.ts';
import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { type MergedPerson, mergeAuthorsInSteps } from '../graph/store/delta/mergeAuthorsInSteps.ts';
import { stableHash } from '../graph/store/stableHash.ts';
import type { Steps } from '../graph/store/steps/Steps.ts';
import type { Change } from '../journal/Change.ts';
import { graphBounds } from '../limits/graphBounds.ts';
import { createCuratedExactResolver } from './createCuratedExactResolver.ts';
import type { Curation } from './foldChanges.ts';

/** A change applied over the graph it changes, as steps (see `Steps`). */
export interface Delta {
  readonly steps: Steps<CoauthorGraph>;
  /** Whether the graph it makes is the one a build of the curated records gives; when not, the build follows (see `Curator`). */
  readonly exact: boolean;
}

/**
 * `change` as a delta over `graph`, with `curation` the journal folded up
 * to and with it; undefined for a change that has none and is rebuilt.
 * Merges are deltas. Under exact identity a merge's person is the one a
 * build makes (the curated group's key, name and joins), so the delta is
 * exact. Under merging identity the rules see the curated group anew in a
 * build and may decide more; the delta keeps the first author's id and the
 * joins each merged author had, with the curated ones, and is not exact.
 *
 * @example const delta = changeAsDelta('exact', graph, change, foldChanges(overrides, entries));
 */
export function changeAsDelta(identity: IdentitySettings['identity'], graph: CoauthorGraph, change: Change, curation: Curation): Delta | undefined {
  if (change.kind !== 'mergeAuthors') return undefined;
  const merged = change.authors.map(({ id }) => graph.authorById(id)!);
  const resolution = createCuratedExactResolver(curation.overrides)([]);
  const key = resolution.personKeyOf(change.authors[0]!.spellings[0]!);
  const curated = resolution.mergesOf(key);
  // A spelling the curated group joins is joined by the curation, as in a build, not by the rule that joined it before.
  const curatedSpellings = new Set(curated.map((merge) => merge.spelling));
  const person: MergedPerson =
    identity === 'exact'
      ? { id: stableHash('author', key), givenName: resolution.nameOf?.(key), identity: curated }
      : {
          id: merged[0]!.id,
          givenName: resolution.nameOf?.(key),
          identity: [...merged.flatMap(ruleJoins).filter((merge) => !curatedSpellings.has(merge.spelling)), ...curated],
        };
  return { steps: withBounds(mergeAuthorsInSteps(graph, merged, person)), exact: identity === 'exact' };
}

/**
 * The joins the identity rules made for `author`; the curated ones are made
 * anew for the merged group, and a homonym split is undone by the merge,
 * which may only join all the people a spelling was split into.
 */
function ruleJoins(author: Author): IdentityMerge[] {
  return author.identity.filter((merge) => merge.rule !== 'override' && merge.rule !== 'homonym-split');
}

/** The graph `steps` make, with the cost bounds a build measures at once (see `index`). */
function* withBounds(steps: Steps<CoauthorGraph>): Steps<CoauthorGraph> {
  const graph = yield* steps;
  yield* graphBounds.inSteps(graph);
  return graph;
}
