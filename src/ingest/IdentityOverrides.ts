/**
 * A curator's decisions about author identity, applied after every rule and
 * always honoured: each `same` group becomes one person, and the names of
 * each `distinct` group end up as different people.
 *
 * @example
 * { "same": [{ "names": ["Dan Weld", "Daniel S. Weld"], "reason": "same person, UW homepage" }],
 *   "distinct": [{ "names": ["Derek Long", "David E. Long"], "reason": "different people" }] }
 */
export interface IdentityOverrides {
  readonly same: readonly IdentityOverride[];
  readonly distinct: readonly IdentityOverride[];
}

export interface IdentityOverride {
  /** Spellings as they occur in the data (compared up to case, Unicode form and spacing). */
  readonly names: readonly string[];
  readonly reason: string;
}
