import { type IdentitySettings, parseIdentityMode } from '../createIdentityResolver.ts';

/** The identity flags every command that builds a graph takes, as `parseArgs` options. */
export const IDENTITY_OPTIONS = {
  identity: { type: 'string' },
  'identity-overrides': { type: 'string' },
} as const;

/** Their lines for a command's `--help`. */
export const IDENTITY_USAGE = `  --identity merge|exact     merge spellings of one person (the default), or
                             keep every spelling apart
  --identity-overrides FILE  curated same/distinct groups (JSON) applied
                             over the identity rules`;

/**
 * The identity settings the parsed flags ask for.
 *
 * @example identitySettings({ identity: 'exact' }) // { identity: 'exact', identityOverrides: undefined }
 */
export function identitySettings(values: { identity?: string | undefined; 'identity-overrides'?: string | undefined }): IdentitySettings {
  return { identity: parseIdentityMode(values.identity, '--identity'), identityOverrides: values['identity-overrides'] };
}
