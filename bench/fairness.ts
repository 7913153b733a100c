// Fairness under heavy queries: starts `src/server.ts --workers 1` on a data
// set as a child process, then for each scenario runs heavy operations next
// to a stream of cheap ones (`{ author(name: …) { name } }`, one after
// another) and `/healthz` polls (every 20 ms), and prints the cheap
// queries' and the polls' p50/p99/max latency, each heavy operation's time
// with its status and error codes (or its estimated cost when it ran), and
// the server's resident memory idle and at its peak during the scenario.
// Scenarios: the heavy query of issue 11 alone, its four-alias variant,
// sixteen of the four-alias variant at once, the heaviest of the paper
// orders, and coauthors by recency (of 100 authors, refused by the cost
// limit since each walk is charged, and of as many as it allows, alone and
// sixteen at once). Stops the server with SIGTERM at the end.
// Usage: npx tsx bench/fairness.ts [data=bench/out/papers-100k.jsonl]
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { percentiles } from './percentiles.ts';
import { residentMegabytes, SERVER_PORT, startScript } from './startScript.ts';

const data = process.argv[2] ?? 'bench/out/papers-100k.jsonl';

const COAUTHORS = 'edges { node { coauthors(first: 100) { edges { node { coauthorCount } } } } }';
const HEAVY = `{ authors(first: 100, orderBy: PAPER_COUNT) { ${COAUTHORS} } }`;
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, k) => `a${k}: ${field}`).join(' ')} }`;
const FOUR = aliases(4, `authors(first: 100, orderBy: PAPER_COUNT) { ${COAUTHORS} }`);

function recent(authors: number): string {
  return `{ authors(first: ${authors}, orderBy: PAPER_COUNT) { edges { node { coauthors(first: 100, orderBy: RECENT) { totalCount } } } } }`;
}

interface Scenario {
  readonly name: string;
  readonly query: string;
  readonly copies: number;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'issue query (cost 10,201)', query: HEAVY, copies: 1 },
  { name: 'four aliases of it', query: FOUR, copies: 1 },
  { name: '16 × four aliases at once', query: FOUR, copies: 16 },
  { name: 'papers by title, 15 aliases', query: aliases(15, 'papers(first: 1, orderBy: TITLE) { totalCount }'), copies: 1 },
  { name: 'recent coauthors of 100 authors', query: recent(100), copies: 1 },
  // The most authors whose recent coauthors fit the cost limit on the 100k set: 1 + 9 × 5,116 = 46,045.
  { name: 'recent coauthors of 9 authors', query: recent(9), copies: 1 },
  { name: '16 × recent coauthors of 9 authors at once', query: recent(9), copies: 16 },
];

const { child, port, cheapName } = await startServer();
const base = `http://127.0.0.1:${port}`;
const rss = () => residentMegabytes(child.pid!);

const idleSamples: number[] = [];
for (let k = 0; k < 5; k++) {
  await fetch(`${base}/healthz`);
  idleSamples.push(rss());
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const idle = Math.min(...idleSamples);
console.log(`data ${data}, one worker; idle RSS ${idle.toFixed(0)} MB; cheap query: { author(name: "${cheapName}") { name } }`);

for (const scenario of SCENARIOS) {
  let running = true;
  let peak = rss();
  const cheap: number[] = [];
  const health: number[] = [];
  const cheapLane = (async () => {
    while (running) cheap.push(await timed(() => graphql(`{ author(name: ${JSON.stringify(cheapName)}) { name } }`)));
  })();
  const healthLane = (async () => {
    while (running) {
      health.push(await timed(() => fetch(`${base}/healthz`).then((response) => response.text())));
      peak = Math.max(peak, rss());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const heavy = await Promise.all(
    Array.from({ length: scenario.copies }, async () => {
      const started = performance.now();
      const response = await graphql(scenario.query);
      const body = JSON.parse(response.text) as { errors?: { extensions?: { code?: string } }[]; extensions?: { cost?: number } };
      const outcome = body.errors?.map((error) => error.extensions?.code).join(',') ?? `cost ${body.extensions?.cost}`;
      return `${Math.round(performance.now() - started)} ms ${response.status} ${outcome}`;
    }),
  );
  running = false;
  await Promise.all([cheapLane, healthLane]);
  console.log(`\n${scenario.name}`);
  console.log(`  heavy:   ${summarizeHeavy(heavy)}`);
  console.log(`  cheap:   ${percentiles(cheap)} (${cheap.length} requests)`);
  console.log(`  healthz: ${percentiles(health)} (${health.length} polls)`);
  console.log(`  RSS:     idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (${(peak / idle).toFixed(2)} × idle)`);
}
child.kill('SIGTERM');

async function graphql(query: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, text: await response.text() };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** Identical outcomes once, with the range of times. */
function summarizeHeavy(results: readonly string[]): string {
  if (results.length === 1) return results[0]!;
  const times = results.map((result) => Number.parseInt(result, 10));
  const outcomes = [...new Set(results.map((result) => result.replace(/^\d+ ms /u, '')))];
  return `${results.length} at once, ${Math.min(...times)}–${Math.max(...times)} ms: ${outcomes.join(' | ')}`;
}

/** The server on one worker, and the name of its most prolific author for the cheap query. */
async function startServer(): Promise<{ child: ChildProcess; port: number; cheapName: string }> {
  const { child, port, url } = await startScript('src/server.ts', ['--port', '0', '--host', '127.0.0.1', '--workers', '1', '--data', data], SERVER_PORT);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ authors(first: 1, orderBy: PAPER_COUNT) { edges { node { name } } } }' }),
  });
  const body = (await response.json()) as { data: { authors: { edges: { node: { name: string } }[] } } };
  return { child, port, cheapName: body.data.authors.edges[0]!.node.name };
}
