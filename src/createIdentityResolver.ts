import { createMergingResolver } from './graph/identity/createMergingResolver.ts';
import type { IdentityResolver } from './graph/identity/IdentityResolver.ts';
import { resolveByNameKey } from './graph/identity/resolveByNameKey.ts';
import { createCuratedExactResolver } from './curation/createCuratedExactResolver.ts';
import type { IdentityOverrides } from './ingest/IdentityOverrides.ts';
import { readIdentityOverrides } from './ingest/readIdentityOverrides.ts';

/** How author names become people: the settings `serve` and the CLI share. */
export interface IdentitySettings {
  /** `merge` joins spellings of one person (the default); `exact` keeps every spelling apart, for comparison. */
  readonly identity: 'merge' | 'exact';
  /** A curated overrides file (JSON), applied over the rules when merging. */
  readonly identityOverrides?: string | undefined;
}

/**
 * The identity mode a flag or variable names; `source` says which, for the error.
 *
 * @example parseIdentityMode('exact', '--identity') // 'exact'
 */
export function parseIdentityMode(text: string | undefined, source: string): IdentitySettings['identity'] {
  if (text === undefined || text === 'merge') return 'merge';
  if (text === 'exact') return text;
  throw new Error(`${source} must be "merge" or "exact", got "${text}"`);
}

/**
 * The resolver the settings ask for, with its overrides file read and
 * checked; or, given `curated` (the file's decisions with the journal's
 * applied, see `foldChanges`), with those in place of the file's.
 *
 * @example const resolver = await createIdentityResolver({ identity: 'merge', identityOverrides: 'overrides.json' });
 */
export async function createIdentityResolver(
  { identity, identityOverrides, maxAuthorsPerPaper, threads }: IdentitySettings & { readonly maxAuthorsPerPaper?: number | undefined; readonly threads?: number | undefined },
  curated?: IdentityOverrides,
): Promise<IdentityResolver> {
  if (identity === 'exact') {
    if (identityOverrides !== undefined) throw new Error('identity overrides apply only when merging: drop --identity-overrides or use --identity merge');
    return curated === undefined ? resolveByNameKey : createCuratedExactResolver(curated);
  }
  const overrides = curated ?? (identityOverrides === undefined ? undefined : await readIdentityOverrides(identityOverrides));
  return createMergingResolver({ overrides, maxAuthorsPerPaper, threads });
}

/**
 * The overrides file's decisions, none when there is no file (or when
 * exact identity leaves no room for one).
 *
 * @example const base = await fileOverrides({ identity: 'merge', identityOverrides: 'overrides.json' });
 */
export async function fileOverrides({ identity, identityOverrides }: IdentitySettings): Promise<IdentityOverrides> {
  return identity === 'merge' && identityOverrides !== undefined ? readIdentityOverrides(identityOverrides) : { same: [], distinct: [] };
}
