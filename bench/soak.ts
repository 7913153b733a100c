// Soaks the server with a mix of valid and hostile operations on loopback:
// starts `src/server.ts` as a child process, warms it up, then keeps
// `connections` keep-alive connections busy for `seconds`, and prints
// throughput, p50/p99 latency, status codes, the error code each kind of
// request got, and the server's resident memory at start (after warm-up)
// and end. RSS swings by tens of megabytes between garbage collections, so
// "start" and "end" are medians of one sample a second over the last 5 s of
// the warm-up and of the run. Bounded: it stops after `seconds` or 1,000,000
// requests, whichever comes first, and stops the server with SIGTERM.
// Usage: npx tsx bench/soak.ts [seconds=60] [connections=8] [data=fixtures/seed.jsonl] [warmupSeconds=15]
import { once } from 'node:events';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { residentMegabytes, SERVER_PORT, startScript } from './startScript.ts';

const seconds = Number(process.argv[2] ?? 60);
const connections = Number(process.argv[3] ?? 8);
const data = process.argv[4] ?? 'fixtures/seed.jsonl';
const warmupSeconds = Number(process.argv[5] ?? 15);
const MAX_REQUESTS = 1_000_000;

interface Kind {
  readonly name: string;
  readonly hostile: boolean;
  readonly body: string;
}

const repeat = (times: number, text: (i: number) => string) => Array.from({ length: times }, (_, i) => text(i)).join(' ');
const post = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

const KINDS: readonly Kind[] = [
  { name: 'author and top coauthors', hostile: false, body: post('{ author(name: "Ethan Perez") { paperCount coauthors(first: 3) { totalCount edges { collaborationCount node { name } } } } }') },
  {
    name: 'network two levels deep',
    hostile: false,
    body: post('{ author(name: "Ethan Perez") { coauthors(first: 5) { edges { node { name papers(first: 3) { edges { position node { title year authorCount } } } } } } } }'),
  },
  { name: 'paper search', hostile: false, body: post('{ papers(filter: { search: "faithful" }) { totalCount edges { node { title authors(first: 2) { edges { position node { name } } } } } } }') },
  { name: 'paged authors (variables)', hostile: false, body: post('query($n: Int) { authors(first: $n, orderBy: PAPER_COUNT) { edges { cursor node { name paperCount } } pageInfo { hasNextPage } } }', { n: 25 }) },
  {
    name: 'nested authors → papers → authors',
    hostile: false,
    body: post('{ authors(first: 20) { edges { node { name papers { edges { node { title authors(first: 100) { edges { node { name } } } } } } } } } }'),
  },
  { name: 'unknown name (NOT_FOUND)', hostile: false, body: post('{ author(name: "Nobody Here") { name } }') },
  { name: '101 aliases', hostile: true, body: post(`{ ${repeat(101, (i) => `a${i}: authors { totalCount }`)} }`) },
  { name: 'batch of 10', hostile: true, body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: '{ authors { totalCount } }' }))) },
  { name: '100 directives', hostile: true, body: post(`{ authors ${repeat(100, () => '@aa')} { totalCount } }`) },
  { name: 'field repeated 1000 times', hostile: true, body: post(`{ authors { ${repeat(1000, () => 'totalCount')} } }`) },
  { name: 'circular introspection', hostile: true, body: post('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }') },
  {
    name: 'depth 23',
    hostile: true,
    body: post(`{ author(name: "Ethan Perez") ${'{ coauthors(first: 1) { edges { node '.repeat(7)}{ name }${' } } }'.repeat(7)} }`),
  },
  {
    name: 'cost bomb in variables',
    hostile: true,
    body: post('query($n: Int = 1) { authors(first: $n) { edges { node { coauthors(first: $n) { edges { node { papers(first: $n) { edges { node { title } } } } } } } } } }', { n: 100 }),
  },
  { name: '100 KB body', hostile: true, body: post('{ authors { totalCount } }', { pad: 'x'.repeat(100_000) }) },
];

interface Tally {
  readonly latencies: number[];
  readonly statuses: Map<string, number>;
  readonly codes: Map<string, Map<string, number>>;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Keeps `connections` lanes sending the kinds in turn until `until` (a performance.now() time) or the request cap. */
async function run(port: number, until: number, tally: Tally | undefined): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  let sent = 0;
  const one = (kind: Kind) =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' } },
        (response) => {
          let text = '';
          response.on('data', (chunk) => (text += String(chunk)));
          response.on('end', () => {
            if (tally) {
              tally.latencies.push(performance.now() - started);
              bump(tally.statuses, String(response.statusCode));
              const code = /"code":"([A-Z_]+)"/u.exec(text)?.[1] ?? (response.statusCode === 200 ? 'ok' : `HTTP ${response.statusCode}`);
              const codes = tally.codes.get(kind.name) ?? new Map<string, number>();
              bump(codes, code);
              tally.codes.set(kind.name, codes);
            }
            resolve();
          });
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (tally) bump(tally.statuses, error.code ?? error.message);
        resolve();
      });
      req.end(kind.body);
    });
  await Promise.all(
    Array.from({ length: connections }, async (_, lane) => {
      for (let i = lane; performance.now() < until && sent < MAX_REQUESTS; i += connections) {
        sent += 1;
        await one(KINDS[i % KINDS.length]!);
      }
    }),
  );
  agent.destroy();
  return sent;
}

const median = (values: readonly number[]) => percentile([...values].sort((a, b) => a - b), 50);
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const { child, port } = await startScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1', '--data', data], SERVER_PORT);
const pid = child.pid!;
console.log(`soak: ${data}, ${connections} connections, ${warmupSeconds} s warm-up then ${seconds} s; ${KINDS.length} kinds of request, ${KINDS.filter((k) => k.hostile).length} hostile`);
console.log(`load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' ')} on a machine others share`);
const rssSamples: number[] = [];
const sampler = setInterval(() => rssSamples.push(residentMegabytes(pid)), 1000);
await run(port, performance.now() + warmupSeconds * 1000, undefined);
const rssStart = median(rssSamples.slice(-5));
rssSamples.length = 0;

const tally: Tally = { latencies: [], statuses: new Map(), codes: new Map() };
const started = performance.now();
const sent = await run(port, started + seconds * 1000, tally);
const elapsed = (performance.now() - started) / 1000;
clearInterval(sampler);
const rssEnd = median(rssSamples.slice(-5));

child.kill('SIGTERM');
const [exitCode] = (await once(child, 'exit')) as [number | null];

const sorted = [...tally.latencies].sort((a, b) => a - b);
const fiveHundreds = [...tally.statuses].filter(([status]) => status.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
console.log(`requests: ${sent} in ${elapsed.toFixed(1)} s = ${(sent / elapsed).toFixed(0)} requests/s`);
console.log(`latency: p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(2)} ms`);
console.log(`statuses: ${[...tally.statuses].map(([status, n]) => `${status}×${n}`).join(', ')}; 5xx: ${fiveHundreds}`);
for (const kind of KINDS) {
  const codes = [...(tally.codes.get(kind.name) ?? [])].map(([code, n]) => `${code}×${n}`).join(', ');
  console.log(`  ${kind.hostile ? 'hostile' : 'valid  '}  ${kind.name.padEnd(36)} ${codes}`);
}
console.log(
  `server RSS: ${rssStart.toFixed(1)} MB after warm-up, ${rssEnd.toFixed(1)} MB at end (${(((rssEnd - rssStart) / rssStart) * 100).toFixed(1)}%); ` +
    `during the run: min ${Math.min(...rssSamples).toFixed(0)}, max ${Math.max(...rssSamples).toFixed(0)} MB; ` +
    `every 10 s: ${rssSamples.filter((_, i) => i % 10 === 9).map((mb) => mb.toFixed(0)).join(' ')} MB`,
);
console.log(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; server exit code after SIGTERM: ${exitCode}`);
