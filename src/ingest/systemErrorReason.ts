import { getSystemErrorMap } from 'node:util';

/**
 * The operating system's reason for a failed file operation, without the
 * syscall and path that Node repeats in its own message, so the caller can
 * name the path once in its own words.
 *
 * @example
 * try {
 *   await readFile('missing.txt');
 * } catch (error) {
 *   systemErrorReason(error); // 'no such file or directory (ENOENT)'
 * }
 */
export function systemErrorReason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'errno' in error && typeof error.errno === 'number') {
    const known = getSystemErrorMap().get(error.errno);
    if (known !== undefined) return `${known[1]} (${known[0]})`;
  }
  return error instanceof Error ? error.message : String(error);
}
