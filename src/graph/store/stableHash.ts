import { createHash } from 'node:crypto';

/**
 * A short hex digest of `parts`, the same on every machine and run. 64 bits
 * keep the chance of a collision among ten million ids near one in 400,000.
 */
export function stableHash(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  // The separator cannot occur inside NFC text, so ("ab","c") ≠ ("a","bc").
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex').slice(0, 16);
}
