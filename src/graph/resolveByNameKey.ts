import type { IdentityResolver } from './IdentityResolver.ts';
import { nameKey } from './nameKey.ts';

/**
 * The plainest identity: spellings are one person when they are the same
 * string up to Unicode form, case and whitespace.
 */
export const resolveByNameKey: IdentityResolver = () => nameKey;
