import type { ChildProcess, ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { collect, type Finished, runScript, spawnScript } from './runScript.ts';

// A free loopback port, no data file and one process unless a test sets them: the server binds before it loads its data.
const QUIET_ENV = { PORT: '0', HOST: '127.0.0.1', DATA: '', WORKERS: '1' };

/** Runs the server as `npm start` does and waits for it to exit. */
export function runServerToExit(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return runScript('src/server.ts', args, { ...process.env, ...QUIET_ENV, ...env });
}

/** Starts the server on a free loopback port, with `args` after the port and host flags. */
export function spawnServer(args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawnScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1', ...args], { ...process.env, ...QUIET_ENV });
}

/** Starts the server on a free port and resolves with its base URL once it logs that it listens. */
export async function startListening(args: readonly string[]): Promise<{ url: string; log: string; child: ChildProcess }> {
  const child = spawnServer(args);
  const stderr = collect(child.stderr);
  let log = '';
  for await (const chunk of child.stdout) {
    log += String(chunk);
    const match = /GraphiQL at (http:\/\/\S+)\/graphql/u.exec(log);
    if (match) return { url: match[1]!, log, child };
  }
  throw new Error(`server exited before listening: ${stderr()}`);
}
