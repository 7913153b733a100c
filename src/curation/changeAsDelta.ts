import type { IdentitySettings } from '../createIdentityResolver.ts';
import type { IdentityMerge } from '../graph/identity/IdentityResolver.ts';
import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { type AddedPerson, changePapersInSteps, type PaperChanges } from '../graph/store/delta/changePapersInSteps.ts';
import { type MergedPerson, mergeAuthorsInSteps } from '../graph/store/delta/mergeAuthorsInSteps.ts';
import { splitAuthorInSteps } from '../graph/store/delta/splitAuthorInSteps.ts';
import { paperLocalId } from '../graph/store/paperLocalId.ts';
import { stableHash } from '../graph/store/stableHash.ts';
import type { WaitingSteps } from '../graph/store/steps/Steps.ts';
import { nameKey } from '../graph/text/nameKey.ts';
import { splitDisambiguator } from '../graph/text/splitDisambiguator.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import type { Change } from '../journal/Change.ts';
import { boundsAfterGrowth, graphBounds } from '../limits/graphBounds.ts';
import { createCuratedExactResolver } from './createCuratedExactResolver.ts';
import type { Curation } from './foldChanges.ts';

/** A change applied over the graph it changes, as steps (see `WaitingSteps`). */
export interface Delta {
  readonly steps: WaitingSteps<CoauthorGraph>;
  /** Whether the graph it makes is the one a build of the curated records gives; when not, the build follows (see `Curator`). */
  readonly exact: boolean;
}

/**
 * `change` as a delta over `graph`, with `curation` the journal folded up
 * to and with it and `recordOf` the record each paper of `graph` was read
 * from (for the spellings its byline used). Every kind of change has one:
 * merges, splits, added, removed and updated papers. Under exact identity
 * a merge's person, and the person of each spelling a paper or a split
 * names, is the one a build makes (the curated group's
 * key, name and joins), so the delta is exact. Under merging identity the
 * rules see the curated group, or the new spellings, anew in a build and
 * may decide more: a merge keeps the first author's id and the joins each
 * merged author had, with the curated ones; a new spelling joins the
 * author who already has it (up to case and spacing), else is a new
 * author; and the delta is not exact.
 *
 * @example const delta = changeAsDelta('exact', graph, change, foldChanges(overrides, entries), (paper) => records[graph.parts.paperColumns.rows[paper]!]!);
 */
export function changeAsDelta(identity: IdentitySettings['identity'], graph: CoauthorGraph, change: Change, curation: Curation, recordOf: (paper: number) => PaperRecord): Delta {
  const changePapers = (changes: PaperChanges, grown?: (next: CoauthorGraph) => number[]): Delta => ({
    steps: withBounds(graph, changePapersInSteps(graph, changes, personOfSpelling(identity, graph, curation)), grown),
    exact: identity === 'exact',
  });
  if (change.kind === 'addPapers') {
    // Their authors gain papers; no one else's papers change.
    return changePapers({ removed: [], added: change.papers }, (next) =>
      next.authorsOfPapers(change.papers.map((record) => next.paperById(paperLocalId(record))!)).flatMap((authors) => [...authors]),
    );
  }
  if (change.kind === 'removePaper' || change.kind === 'updatePaper') {
    const removed = recordOf(graph.paperById(change.id)!.index);
    return changePapers({ removed: [removed], added: change.kind === 'updatePaper' ? [change.paper] : [] });
  }
  if (change.kind === 'splitAuthor') {
    const author = graph.authorById(change.id)!;
    const { papers, positions } = graph.papersOfAuthors([author])[0]!;
    const spellings = Array.from(papers, (paper, k) => recordOf(paper).authors[positions[k]! - 1]!);
    return { steps: withBounds(graph, splitAuthorInSteps(graph, author, spellings, personOfSplit(identity, graph, change, curation))), exact: identity === 'exact' };
  }
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
  // The person gains the merged authors' papers; no one else's papers change.
  return { steps: withBounds(graph, mergeAuthorsInSteps(graph, merged, person), (next) => [next.authorById(person.id)!.index]), exact: identity === 'exact' };
}

/**
 * Who a spelling on an added paper is. Under exact identity, the person a
 * build makes of it; under merging identity, the author who has the
 * spelling already (up to case and spacing), else a new author keyed by it.
 */
function personOfSpelling(identity: IdentitySettings['identity'], graph: CoauthorGraph, curation: Curation): (spelling: string) => AddedPerson {
  const resolution = createCuratedExactResolver(curation.overrides)([]);
  if (identity === 'exact') {
    return (spelling) => {
      const key = resolution.personKeyOf(spelling);
      return { id: stableHash('author', key), givenName: resolution.nameOf?.(key), identity: resolution.mergesOf(key) };
    };
  }
  return (spelling) => {
    const key = nameKey(spelling);
    const holder = graph.authorsByName(spelling).find((author) => author.aliases.some((alias) => nameKey(alias.name) === key));
    if (holder === undefined) return { id: stableHash('author', key), givenName: undefined, identity: [] };
    // A name the most used spelling does not give was given by a curator, and stays.
    const given = holder.name === splitDisambiguator(holder.aliases[0]!.name).name ? undefined : holder.name;
    return { id: holder.id, givenName: given, identity: holder.identity };
  };
}

/**
 * Who a spelling of the author `change` splits is. Under exact identity,
 * the person a build makes of it; under merging identity, for a spelling
 * split off, a new author keyed by the first of them, else the author, with
 * the joins of the spellings that stay.
 */
function personOfSplit(identity: IdentitySettings['identity'], graph: CoauthorGraph, change: Change & { kind: 'splitAuthor' }, curation: Curation): (spelling: string) => AddedPerson {
  if (identity === 'exact') return personOfSpelling(identity, graph, curation);
  const author = graph.authorById(change.id)!;
  const apart = new Set(change.spellings.map(nameKey));
  const split: AddedPerson = { id: stableHash('author', nameKey(change.spellings[0]!)), givenName: undefined, identity: [] };
  const staying: AddedPerson = { id: author.id, givenName: undefined, identity: author.identity.filter((merge) => !apart.has(nameKey(merge.spelling))) };
  return (spelling) => (apart.has(nameKey(spelling)) ? split : staying);
}

/**
 * The joins the identity rules made for `author`; the curated ones are made
 * anew for the merged group, and a homonym split is undone by the merge,
 * which may only join all the people a spelling was split into.
 */
function ruleJoins(author: Author): IdentityMerge[] {
  return author.identity.filter((merge) => merge.rule !== 'override' && merge.rule !== 'homonym-split');
}

/**
 * The graph `steps` make from `graph`, with the cost bounds a build
 * measures at once (see `index` in `buildIndexedGraph.ts`): from `graph`'s,
 * for a change whose `grown` authors alone gained papers (see
 * `boundsAfterGrowth`), else measured anew.
 */
function* withBounds(graph: CoauthorGraph, steps: WaitingSteps<CoauthorGraph>, grown?: (next: CoauthorGraph) => number[]): WaitingSteps<CoauthorGraph> {
  const next = yield* steps;
  if (grown === undefined) yield* graphBounds.inSteps(next);
  else graphBounds.remember(next, yield* boundsAfterGrowth(next, yield* graphBounds.inSteps(graph), grown(next)));
  return next;
}
