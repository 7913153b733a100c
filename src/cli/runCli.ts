import type { Command } from './Command.ts';
import { commands } from './commands.ts';
import { seeHelp } from './seeHelp.ts';

const HELP_FLAGS = ['--help', '-h'];

const CLI_USAGE = `Usage: coauthor-graph <command> [options]

Builds a co-authorship graph from the bibliographic files people have and
serves it over GraphQL.

Commands:
${commands.map((command) => `  ${command.name.padEnd(8)} ${command.summary}`).join('\n')}

Run "coauthor-graph <command> --help" for a command's options.`;

/**
 * Runs `coauthor-graph` with `args` (what follows the program name): finds
 * the command, prints its usage for `--help`, else runs it. Throws an Error
 * for the caller to print when the command line or the command fails.
 *
 * @example await runCli(['import', '--from', 'snap', 'CA-GrQc.txt', '--out', 'grqc.jsonl']);
 */
export async function runCli(args: readonly string[]): Promise<void> {
  const [name, ...rest] = args;
  if (name === undefined) throw new Error(`expected a command; ${seeHelp()}`);
  if (HELP_FLAGS.includes(name) || name === 'help') {
    console.log(CLI_USAGE);
    return;
  }
  const command = findCommand(name);
  if (rest.some((arg) => HELP_FLAGS.includes(arg))) console.log(command.usage);
  else await command.run(rest);
}

function findCommand(name: string): Command {
  const command = commands.find((candidate) => candidate.name === name);
  if (command !== undefined) return command;
  const names = commands.map((candidate) => candidate.name).join(', ');
  throw new Error(`unknown command "${name}"; the commands are ${names} (${seeHelp()})`);
}
