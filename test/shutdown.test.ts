import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { spawnServer } from './support/runServer.ts';

const QUERY = JSON.stringify({ query: '{ papers { totalCount } }' });
const ANSWER = { data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } };

interface Server {
  readonly child: ChildProcess;
  readonly port: number;
  /** Resolves once the server's output matches `pattern`. */
  readonly logged: (pattern: RegExp) => Promise<string>;
  readonly exited: Promise<number | null>;
}

/** Starts the server on a free loopback port, reading its output for as long as it runs. */
async function startServer(args: readonly string[] = []): Promise<Server> {
  const child = spawnServer(args);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let output = '';
  const waiting = new Set<() => void>();
  child.stdout.on('data', (chunk) => {
    output += String(chunk);
    for (const check of waiting) check();
  });
  const logged = (pattern: RegExp) =>
    new Promise<string>((resolve) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          waiting.delete(check);
          resolve(match[0]);
        }
      };
      waiting.add(check);
      check();
    });
  const port = Number((await logged(/GraphiQL at http:\/\/127\.0\.0\.1:(\d+)/u)).split(':').pop());
  return { child, port, logged, exited };
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/**
 * A POST whose headers the server has taken (it answered 100 Continue) and
 * whose body is still to come: a request in flight by any measure.
 * `finish()` sends the body and resolves with the answer.
 */
async function heldRequest(port: number): Promise<{ finish: () => Promise<Answer>; answer: Promise<Answer> }> {
  const req = request({
    host: '127.0.0.1',
    port,
    path: '/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY), expect: '100-continue' },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (response) => {
      let text = '';
      response.on('data', (chunk) => (text += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as unknown }));
    });
    req.on('error', reject);
  });
  answer.catch(() => undefined);
  req.flushHeaders();
  await once(req, 'continue');
  return {
    answer,
    finish: () => {
      req.end(QUERY);
      return answer;
    },
  };
}

/** Posts the query over keep-alive connections, `lanes` at a time, until the server stops taking them; returns every outcome. */
async function load(port: number, lanes: number, stop: Promise<unknown>): Promise<(number | string)[]> {
  const agent = new Agent({ keepAlive: true });
  const outcomes: (number | string)[] = [];
  let stopped = false;
  void stop.then(() => (stopped = true));
  const one = () =>
    new Promise<number | string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } });
      req.on('response', (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      req.end(QUERY);
    });
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (;;) {
        const outcome = await one();
        outcomes.push(outcome);
        if (typeof outcome === 'string' || stopped) return;
      }
    }),
  );
  agent.destroy();
  return outcomes;
}

// Each test starts a server process, which takes a few seconds on a busy machine.
describe('shutdown', { timeout: 30_000 }, () => {
  it('on SIGTERM under load, answers every request in flight with 200 and exits 0', async () => {
    const server = await startServer();
    const held = await Promise.all(Array.from({ length: 5 }, () => heldRequest(server.port)));
    const draining = server.logged(/SIGTERM: finishing \d+ requests in flight/u);
    const loaded = load(server.port, 4, draining);
    // Let the load reach the server before the signal.
    await new Promise((resolve) => setTimeout(resolve, 200));
    server.child.kill('SIGTERM');
    await draining;
    const answers = await Promise.all(held.map((h) => h.finish()));
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ status: 200, body: ANSWER })));
    const outcomes = await loaded;
    // Requests that reached the server got 200; later ones found it closed.
    expect(outcomes.filter((o) => typeof o === 'number' && o !== 200)).toEqual([]);
    expect(outcomes.filter((o) => o === 200).length).toBeGreaterThan(0);
    expect(await server.exited).toBe(0);
  });

  it('cuts a request still in flight after the grace period and exits 0', async () => {
    const server = await startServer(['--shutdown-grace-ms', '300']);
    const { answer } = await heldRequest(server.port);
    server.child.kill('SIGTERM');
    await expect(answer).rejects.toThrow(/socket hang up|ECONNRESET/u);
    expect(await server.logged(/cutting 1 requests still in flight after the 300 ms grace period/u)).toBeTruthy();
    expect(await server.exited).toBe(0);
  });
});
