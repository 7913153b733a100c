/**
 * A curator's decisions about author identity, applied after every rule and
 * always honoured: each `same` group becomes one person (shown by its `name`
 * when it has one), and the names of each `distinct` group end up as
 * different people.
 *
 * @example
 * { "same": [{ "names": ["Dan Weld", "Daniel S. Weld"], "name": "Daniel S. Weld", "reason": "same person, UW homepage" }],
 *   "distinct": [{ "names": ["Derek Long", "David E. Long"], "reason": "different people" }] }
 */
export interface IdentityOverrides {
  readonly same: readonly IdentityOverride[];
  readonly distinct: readonly IdentityOverride[];
}

export interface IdentityOverride {
  /** Spellings as they occur in the data (compared up to case, Unicode form and spacing). */
  readonly names: readonly string[];
  /** In a `same` group, the name to show the person by, which need not be one of `names`; else the spelling most of their papers use. */
  readonly name?: string;
  readonly reason: string;
}
