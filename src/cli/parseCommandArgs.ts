import { type ParseArgsConfig, parseArgs } from 'node:util';
import { seeHelp } from './seeHelp.ts';

/**
 * `node:util`'s `parseArgs` for `command`, its error turned into one short
 * sentence that points at the command's `--help` instead of Node's message
 * about positional arguments.
 *
 * @example
 * const { values } = parseCommandArgs('stats', { args: [...args], options: { data: { type: 'string' } }, strict: true });
 * // --dta: Error "unknown option '--dta'; see \"coauthor-graph stats --help\""
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const sentence = message.split(/\.(?: |$)/u)[0] ?? message;
    throw new Error(`${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}; ${seeHelp(command)}`);
  }
}
