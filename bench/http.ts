// Throughput of the GraphQL path on loopback, next to the two references
// that bound it: a hand-written node:http server doing the same work on the
// same CoauthorGraph (bench/servers/handWrittenServer.ts), and a bare Yoga
// app answering `{ __typename }` (the framework's floor). All three run as
// child processes; one autocannon load generator drives them in turn, in
// alternating rounds, with the same connections. Before measuring it checks
// once that our server and the baseline return identical `data`.
//
// Per query it prints req/s, p50 and p99 of each, the ratio ours ÷ baseline
// (best round of each), and the layer cost: (our time per request − the
// baseline's) ÷ bare Yoga's time per request, i.e. what our GraphQL layer adds
// beyond the work itself, in units of the framework's own floor.
//
// Usage: npx tsx bench/http.ts [--data bench/out/papers-100k.jsonl] [--seconds 5] [--rounds 3]
//          [--connections 8] [--workers 1] [--jit on|off] [--queries Q1,Q2,Q3,Q4] [--gzip]
import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { loadGraph } from '../src/loadGraph.ts';
import { authorsByPaperCount } from '../src/graph/store/authorsByPaperCount.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { Q1, Q2, Q3, Q4, TYPENAME } from './benchQueries.ts';
import { SERVER_PORT, startScript } from './startScript.ts';

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/out/papers-100k.jsonl' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '8' },
    workers: { type: 'string', default: '1' },
    jit: { type: 'string', default: 'on' },
    queries: { type: 'string', default: 'Q1,Q2,Q3,Q4' },
    gzip: { type: 'boolean', default: false },
  },
});
const seconds = Number(options.seconds);
const rounds = Number(options.rounds);
const connections = Number(options.connections);

/** Picks the bench's subjects from the data: a prolific author, and one 5 steps from them. */
async function pickSubjects(data: string): Promise<{ name: string; id: string; farId: string }> {
  const graph = await loadGraph([data], undefined, { identity: 'merge' });
  const { offsets, neighbours } = coauthorAdjacency(graph);
  // The 100th most prolific author whose name is theirs alone: busy, but not the extreme.
  const ranked = Array.from(authorsByPaperCount(graph), (index) => graph.author(index));
  const center = ranked.filter((author) => graph.authorsByName(author.name).length === 1)[Math.min(99, ranked.length - 1)]!;
  // Breadth-first to the first author 5 steps away.
  const distance = new Int32Array(graph.authorCount).fill(-1);
  distance[center.index] = 0;
  let ring = [center.index];
  let far = center.index;
  for (let step = 1; step <= 5 && ring.length > 0; step++) {
    const next: number[] = [];
    for (const a of ring) {
      for (let k = offsets[a]!; k < offsets[a + 1]!; k++) {
        const b = neighbours[k]!;
        if (distance[b] === -1) {
          distance[b] = step;
          next.push(b);
        }
      }
    }
    ring = next;
    if (next.length > 0) far = next[0]!;
  }
  return { name: center.name, id: encodeGlobalID('Author', center.id), farId: encodeGlobalID('Author', graph.author(far).id) };
}

interface Measure {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly bytes: number;
}

async function measure(url: string, body: string): Promise<Measure> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.gzip) headers['accept-encoding'] = 'gzip';
  const result = await autocannon({ url, method: 'POST', headers, body, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, bytes: result.throughput.average / result.requests.average };
}

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return response.json();
}

const subjects = await pickSubjects(options.data);
const ours = await startScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1', '--data', options.data, '--workers', options.workers, '--jit', options.jit], SERVER_PORT);
const baseline = await startScript('bench/servers/handWrittenServer.ts', [options.data], /listening on (\d+)/u);
const bare = await startScript('bench/servers/bareYogaServer.ts', [], /listening on (\d+)/u);

// Stop the servers however this run ends, so none is left listening.
process.on('exit', () => [ours, baseline, bare].forEach((server) => server.child.kill('SIGTERM')));
process.on('SIGINT', () => process.exit(130));

const QUERIES = { Q1: [Q1, { name: subjects.name }], Q2: [Q2, { name: subjects.name }], Q3: [Q3, { id: subjects.id }], Q4: [Q4, { from: subjects.id, to: subjects.farId }] } as const;
const chosen = options.queries.split(',') as (keyof typeof QUERIES)[];

console.log(`bench/http: ${options.data}; ${connections} connections, ${rounds} rounds of ${seconds} s; our server: --workers ${options.workers} --jit ${options.jit}${options.gzip ? '; accept-encoding: gzip' : ''}`);
console.log(`subjects: "${subjects.name}" (${subjects.id}), path target ${subjects.farId}`);
console.log(`load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

for (const name of chosen) {
  const [query, variables] = QUERIES[name];
  const body = JSON.stringify({ query, variables });
  const got = (await post(`${ours.url}/graphql`, body)) as { data?: unknown; errors?: unknown };
  const expected = (await post(`${baseline.url}/${name.toLowerCase()}`, body)) as { data: unknown };
  if (JSON.stringify(got.data) !== JSON.stringify(expected.data)) {
    throw new Error(`${name}: our answer differs from the baseline's:\n${JSON.stringify(got).slice(0, 2000)}\n---\n${JSON.stringify(expected).slice(0, 2000)}`);
  }
}
console.log('answers: identical data from our server and the baseline for every query');

const best = (runs: Measure[]) => runs.reduce((a, b) => (b.rps > a.rps ? b : a));
const bareRuns: Measure[] = [];
const results = new Map<string, { ours: Measure[]; base: Measure[] }>(chosen.map((name) => [name, { ours: [], base: [] }]));
for (let round = 1; round <= rounds; round++) {
  bareRuns.push(await measure(`${bare.url}/graphql`, JSON.stringify({ query: TYPENAME })));
  for (const name of chosen) {
    const [query, variables] = QUERIES[name];
    const body = JSON.stringify({ query, variables });
    results.get(name)!.ours.push(await measure(`${ours.url}/graphql`, body));
    results.get(name)!.base.push(await measure(`${baseline.url}/${name.toLowerCase()}`, body));
  }
  process.stderr.write(`round ${round} of ${rounds} done\n`);
}

const floor = best(bareRuns);
const row = (label: string, m: Measure) => `${label.padEnd(12)} ${m.rps.toFixed(0).padStart(7)} req/s  p50 ${m.p50.toFixed(1).padStart(6)} ms  p99 ${m.p99.toFixed(1).padStart(6)} ms  ${(m.bytes / 1024).toFixed(1)} KB/answer`;
console.log(`\n${row('bare Yoga', floor)}  (${(1000 / floor.rps).toFixed(3)} ms a request)`);
for (const name of chosen) {
  const { ours: oursRuns, base } = results.get(name)!;
  const o = best(oursRuns);
  const b = best(base);
  const layer = (1000 / o.rps - 1000 / b.rps) / (1000 / floor.rps);
  console.log(`\n${name}`);
  console.log(row('  ours', o));
  console.log(row('  baseline', b));
  console.log(`  ours ÷ baseline ${(o.rps / b.rps).toFixed(3)}; layer cost ${layer.toFixed(2)} × bare Yoga's time; rounds ours ${oursRuns.map((m) => m.rps.toFixed(0)).join('/')} baseline ${base.map((m) => m.rps.toFixed(0)).join('/')}`);
}
console.log(`\nload average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
process.exit(0);
