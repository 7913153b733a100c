import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import type { Steps } from '../store/steps/Steps.ts';

/**
 * Decides which spellings of author names denote one person. It sees every
 * record at once because evidence for a merge (shared coauthors, venues)
 * lives across papers.
 *
 * Contract: the result depends only on the set of records, not their order;
 * two names on one paper never get the same person key.
 */
export interface IdentityResolver {
  (records: readonly PaperRecord[]): IdentityResolution;
  /** The same resolution as steps (see `Steps`), for a resolver long enough that a loading server runs it in slices. */
  readonly inSteps?: (records: readonly PaperRecord[]) => Steps<IdentityResolution>;
}

export interface IdentityResolution {
  /** The person key of a spelling exactly as it occurs in a record; equal keys make one Author. */
  personKeyOf(spelling: string): string;
  /**
   * `personKeyOf` the spelling numbered `spelling` in the resolved records'
   * numbered bylines (`CompactRecordsBuilder.bylinesInSteps`), for a build
   * that reads the same bylines: nothing made of the spelling or looked up
   * by it again. Undefined from resolvers whose key costs less to make.
   */
  personKeyOfSpelling?(spelling: number): string;
  /**
   * For a key `personKeyOf` gave a spelling that several people sign
   * (homonyms the resolver told apart by their papers), the person key of
   * each record the spelling is on, by its index in the records resolved;
   * undefined for a key of one person, and from resolvers that split no spelling.
   */
  keyInRecord?(personKey: string): ((record: number) => string) | undefined;
  /** The homonym number (`0001`) of a person a split made; undefined for every other, and from resolvers that split none. */
  disambiguatorOf?(personKey: string): string | undefined;
  /** How the spellings of one person were joined, one entry per join; empty for a single spelling. */
  mergesOf(personKey: string): readonly IdentityMerge[];
  /**
   * The name a curator gave the person (see `IdentityOverride.name`), which
   * the graph shows them by and finds them under; undefined when none was
   * given, and from resolvers that take no curated names.
   */
  nameOf?(personKey: string): string | undefined;
  /**
   * The scored support of a join a name rule made: every part with its points,
   * for a curator's report; undefined for folded names and overrides, which
   * need none, and from resolvers that do not score.
   */
  scoreOf?(merge: IdentityMerge): MergeScore | undefined;
  /** Pairs a rule proposed but the evidence or a constraint refused, for curators. */
  readonly nearMisses: readonly NearMiss[];
}

/** The readable names of the rules that can join two spellings. */
export type IdentityRule =
  | 'same-folded-name'
  | 'nickname'
  | 'initials'
  | 'middle-name'
  | 'surname-spelling'
  | 'override'
  /** Not a join: one spelling divided among several people (see `splitHomonyms`). */
  | 'homonym-split';

/** One join: `spelling` was recognised as the same person as `joinedTo`. */
export interface IdentityMerge {
  readonly spelling: string;
  readonly joinedTo: string;
  readonly rule: IdentityRule;
  /** What in the data supports the join, in words. */
  readonly evidence: string;
}

/** How strongly the graph supports a join: the parts' points add up to `score`, which had to reach `threshold`. */
export interface MergeScore {
  readonly score: number;
  readonly threshold: number;
  readonly parts: readonly { readonly kind: string; readonly points: number; readonly says: string }[];
}

export interface NearMiss {
  readonly spellings: readonly [string, string];
  readonly rule: IdentityRule;
  /** Why they were kept apart. */
  readonly reason: string;
}
