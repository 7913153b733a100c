/**
 * Runs a `node:util` `parseArgs` call for `command` and turns its error into
 * one short sentence that points at the command's `--help`, instead of
 * Node's message about positional arguments.
 *
 * @example
 * const { values } = parseCommandArgs('import', () => parseArgs({ args, options, strict: true }));
 * // --frm: Error "unknown option '--frm'; see \"coauthor-graph import --help\""
 */
export function parseCommandArgs<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const sentence = message.split(/\.(?: |$)/u)[0] ?? message;
    throw new Error(`${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}; see "coauthor-graph ${command} --help"`);
  }
}
