/**
 * The pointer every command-line error ends with: where the usage is.
 *
 * @example seeHelp('stats') // 'see "coauthor-graph stats --help"'
 * @example seeHelp() // 'see "coauthor-graph --help"'
 */
export function seeHelp(command?: string): string {
  return `see "coauthor-graph ${command === undefined ? '' : `${command} `}--help"`;
}
