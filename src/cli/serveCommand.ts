import { readConfig, USAGE } from '../readConfig.ts';
import { startServing } from '../startServing.ts';
import type { Command } from './Command.ts';

/** `coauthor-graph serve`: `npm start` by another name, with the same flags and environment. */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'load a paper file in any supported format and serve it over GraphQL',
  usage: USAGE,
  async run(args) {
    const config = readConfig(args, process.env);
    if (config === null) console.log(USAGE);
    else await startServing(config);
  },
};
