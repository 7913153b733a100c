import { seeHelp } from './seeHelp.ts';

/**
 * The value of a flag `command` cannot run without, or an error that names
 * the flag (`what`, e.g. `--data FILE, the papers to read`) and points at the
 * command's `--help`.
 *
 * @example const data = requiredFlag('stats', values.data, '--data FILE, the papers to read');
 * // absent: Error 'missing --data FILE, the papers to read; see "coauthor-graph stats --help"'
 */
export function requiredFlag<T>(command: string, value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}; ${seeHelp(command)}`);
  return value;
}
