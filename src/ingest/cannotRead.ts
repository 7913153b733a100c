import { systemErrorReason } from './systemErrorReason.ts';

/**
 * The error for a file that could not be opened or read, naming the path as
 * the user gave it and the operating system's reason.
 *
 * @example
 * cannotRead('missing.txt', enoent).message; // 'cannot read missing.txt: no such file or directory (ENOENT)'
 */
export function cannotRead(path: string, error: unknown): Error {
  return new Error(`cannot read ${path}: ${systemErrorReason(error)}`, { cause: error });
}
