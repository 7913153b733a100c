import { type Finished, runScript } from './runScript.ts';

/** Runs `coauthor-graph ARGS` from the repository root and waits for it to exit. */
export function runCommand(...args: string[]): Promise<Finished> {
  return runScript('src/cli/main.ts', args);
}
