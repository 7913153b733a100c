// Starting the servers the benchmarks drive, each as a child process on loopback.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hugePagesEnvironment } from '../src/relaunchWithHugePages.ts';

export interface StartedScript {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
}

/** The server's own start-up line names its port. */
export const SERVER_PORT = /GraphiQL at http:\/\/127\.0\.0\.1:(\d+)/u;

/**
 * Starts a TypeScript script (`src/server.ts`, a bench server) under tsx with
 * the environment's server settings cleared, and resolves once its output
 * matches `portPattern`, whose first group is the port. `NODE_FLAGS` in the
 * environment (space-separated) go to the script's node, for the flags
 * NODE_OPTIONS refuses: `NODE_FLAGS=--cpu-prof` profiles the server a bench drives.
 * It is given the huge pages the server would relaunch itself for
 * (`hugePagesEnvironment`), so that `child` is the server's own process,
 * the one whose memory a bench reads and whose signals it sends.
 *
 * @example const { url, child } = await startScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1'], SERVER_PORT);
 */
export async function startScript(script: string, args: readonly string[], portPattern: RegExp): Promise<StartedScript> {
  const child = spawn(process.execPath, [...(process.env.NODE_FLAGS ?? '').split(' ').filter(Boolean), '--import', 'tsx', script, ...args], {
    env: { ...((await hugePagesEnvironment(args, process.env)) ?? process.env), PORT: '', HOST: '', DATA: '', WORKERS: '', JIT: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let log = '';
    const read = (chunk: Buffer): void => {
      log += String(chunk);
      const port = portPattern.exec(log)?.[1];
      if (port === undefined) return;
      child.stdout!.off('data', read);
      child.off('close', closed);
      // Later output is read and dropped: the pipe stays open, so the server never blocks on a full one nor writes to a closed one.
      child.stdout!.resume();
      resolve({ child, port: Number(port), url: `http://127.0.0.1:${port}` });
    };
    const closed = (): void => reject(new Error(`${script} exited before listening:\n${log}`));
    child.stdout!.on('data', read);
    child.once('close', closed);
  });
}

/** The resident memory of process `pid`, in megabytes. */
export function residentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(/\d+/u.exec(line ?? '')?.[0] ?? Number.NaN) / 1024;
}
