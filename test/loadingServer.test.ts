import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PaperGenerator } from '../bench/generator/PaperGenerator.ts';
import { formatJsonLine } from '../src/ingest/jsonl/formatJsonLine.ts';
import { collect } from './support/runScript.ts';
import { spawnServer } from './support/runServer.ts';

// Big enough to take a few seconds to load, so that probes arrive during the load.
const PAPERS = 50_000;
let directory: string;
let data: string;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'coauthor-graph-load-'));
  data = join(directory, 'papers.jsonl');
  const generator = new PaperGenerator({ papers: PAPERS, seed: 1 });
  writeFileSync(data, Array.from({ length: PAPERS }, () => formatJsonLine(generator.next())).join(''));
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A port free a moment ago: the server logs its address only once loaded, and the probes must know it before. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, 'close');
  return port;
}

/**
 * A probe's status, or 'no answer' when none came within 2 s, as a liveness
 * probe would give up. Kubernetes' default is 1 s, which bench/README.md's
 * figures use; the test leaves room for a machine busy with the other tests,
 * and a load that never turns the event loop misses it all the same.
 */
async function probe(port: number, path: string): Promise<number | 'no answer' | 'not listening'> {
  try {
    return (await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2000) })).status;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? 'no answer' : 'not listening';
  }
}

/** Starts the server on the generated data and waits until it listens (it then loads). */
async function startLoading() {
  const port = await freePort();
  const child = spawnServer(['--port', String(port), '--data', data]);
  const output = collect(child.stdout);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  while ((await probe(port, '/healthz')) === 'not listening') await new Promise((resolve) => setTimeout(resolve, 50));
  return { port, child, output, exited };
}

describe('a server loading a large file', () => {
  it('answers /healthz 200 and /readyz 503 on every probe until it has loaded, then /readyz 200', async () => {
    const { port, child, output, exited } = await startLoading();
    const answers: string[] = [];
    while (!output().includes('GraphiQL at')) {
      answers.push(`${await probe(port, '/healthz')} ${await probe(port, '/readyz')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The server is ready a moment before its log line reaches the test, so the
    // last probes may already find it ready: 503s until loaded, then only 200s.
    const loading = answers.filter((answer) => answer !== '200 200');
    expect(answers).toEqual([...loading, ...Array<string>(answers.length - loading.length).fill('200 200')]);
    // However fast the machine, the load lasts several probes; one is enough to say it answered during it.
    expect(loading.length).toBeGreaterThan(0);
    expect(new Set(loading)).toEqual(new Set(['200 503']));
    expect(await probe(port, '/readyz')).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('exits 0 on SIGTERM during the load, having answered every probe until then, without finishing the load', async () => {
    const { port, child, output, exited } = await startLoading();
    // A second of probes takes the load past reading the file, into building the graph.
    const answers: string[] = [];
    for (const until = Date.now() + 1000; Date.now() < until; ) answers.push(`${await probe(port, '/healthz')} ${await probe(port, '/readyz')}`);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(new Set(answers)).toEqual(new Set(['200 503']));
    expect(output()).toBe(
      'coauthor-graph: SIGTERM: finishing 0 requests in flight (at most 10000 ms), then exiting\ncoauthor-graph: stopped\n',
    );
  }, 60_000);
});
