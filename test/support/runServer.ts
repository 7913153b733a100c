import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the server as `npm start` does and waits for it to exit. */
export async function runServerToExit(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  const child = startServer(args, env);
  const [stdout, stderr] = [collect(child.stdout), collect(child.stderr)];
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Starts the server on a free port and resolves with its base URL once it logs that it listens. */
export async function startListening(args: readonly string[]): Promise<{ url: string; log: string; child: ChildProcess }> {
  const child = startServer(['--port', '0', '--host', '127.0.0.1', ...args], {});
  const stderr = collect(child.stderr);
  let log = '';
  for await (const chunk of child.stdout!) {
    log += String(chunk);
    const match = /GraphiQL at (http:\/\/\S+)\/graphql/u.exec(log);
    if (match) return { url: match[1]!, log, child };
  }
  throw new Error(`server exited before listening: ${stderr()}`);
}

function startServer(args: readonly string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
    // A free loopback port unless a test sets one: the server binds before it loads its data.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.on('data', (chunk) => (text += String(chunk)));
  return () => text;
}
