/** A subcommand of `coauthor-graph`, listed once in `commands.ts`. */
export interface Command {
  /** What the user types after `coauthor-graph`, e.g. `import`. */
  readonly name: string;
  /** One line for the command list in `coauthor-graph --help`. */
  readonly summary: string;
  /** The whole `--help` text. */
  readonly usage: string;
  /**
   * Runs with the arguments after the command name (`--help` is handled
   * before). Throws an Error whose message the entry point prints as
   * `error: <message>`.
   */
  run(args: readonly string[]): Promise<void>;
}
