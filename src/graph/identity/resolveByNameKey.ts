import type { IdentityResolver } from './IdentityResolver.ts';
import { nameKey } from '../text/nameKey.ts';

/**
 * Identity without merging: spellings are one person only when they are the
 * same string up to Unicode form, case and whitespace. For comparison with
 * the merged graph, and for data whose names are already curated.
 */
export const resolveByNameKey: IdentityResolver = () => ({
  personKeyOf: nameKey,
  mergesOf: () => [],
  nearMisses: [],
});
