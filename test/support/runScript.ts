import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Readable } from 'node:stream';

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `script` (a path from the repository root) under tsx, as `npm start` and the CLI launcher do, its output piped. */
export function spawnScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Keeps what `stream` writes; call the result for everything so far. */
export function collect(stream: Readable): () => string {
  let text = '';
  stream.on('data', (chunk) => (text += String(chunk)));
  return () => text;
}

/** Runs `script` and waits until it has exited and its output is read to the end. */
export async function runScript(script: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<Finished> {
  const child = spawnScript(script, args, env);
  const [stdout, stderr] = [collect(child.stdout), collect(child.stderr)];
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout: stdout(), stderr: stderr() };
}
