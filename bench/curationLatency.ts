// Read latency while the graph changes: starts `src/server.ts` on a data set
// with --store and --write-tokens (in a temporary folder), sends a cheap
// query (`{ author(name: …) { name paperCount } }`, the most prolific
// author) every 50 ms, each timed on its own whether or not the one before
// was answered (often enough that a phase's p99 is a rank among some
// hundreds of probes, not its slowest), first for SECONDS without writes,
// then during a stream of WRITES changes sent one after another (an
// addPapers of 100 papers, then a mergeAuthors of two authors it added, and
// so on), and prints the probes'
// p50/p99/max in each phase, each write's time and the load average. With
// MIX=merges the papers are added before the probes start and the stream is
// WRITES merges of two of the authors they added, one a second (at most 50),
// the probes going on for SECONDS in all, so that what follows a merge
// (a compaction) is measured too. Last, for as long as the writes took,
// the probes go on with no write while another process keeps one core busy
// writing memory, as the adjacency's thread does during a change: what the
// reads of this machine come to when a second core works, whatever the
// server does, measured in the same minutes as the writes. It ends with
// the two targets as the run met them: writes visible within 1 s,
// and the p99 during writes against the p99 without (with the p95 and p50
// ratios, which rest on more probes: at 12 writes the p99 of some 100
// probes is their slowest; 40 writes make it the third slowest of 300),
// and which of its probes each p99 is.
// Usage: npx tsx bench/curationLatency.ts [data=bench/out/papers-100k.jsonl] [IDENTITY=merge] [WRITES=4] [SECONDS=30] [MIX=both|merges]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, percentiles, rankFromSlowest } from './percentiles.ts';
import { SERVER_PORT, startScript } from './startScript.ts';

const [data = 'bench/out/papers-100k.jsonl', identity = 'merge', writesText = '4', secondsText = '30', mix = 'both'] = process.argv.slice(2);
if (mix !== 'both' && mix !== 'merges') throw new Error(`MIX must be "both" or "merges", got "${mix}"`);
const WRITES = Number(writesText);
const QUIET_MS = Number(secondsText) * 1000;
const PROBE_MS = 50;
const PAPERS = 100;

const folder = mkdtempSync(join(tmpdir(), 'bench-curation-latency-'));
const token = randomBytes(24).toString('hex');
writeFileSync(join(folder, 'write-tokens'), `bench ${createHash('sha256').update(token).digest('hex')}\n`);
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

const started = performance.now();
const { child, url } = await startScript(
  'src/server.ts',
  ['--port', '0', '--host', '127.0.0.1', '--data', data, '--identity', identity, '--store', join(folder, 'journal.db'), '--write-tokens', join(folder, 'write-tokens')],
  SERVER_PORT,
);
try {
  console.log(`data ${data}, identity ${identity}, ${mix}: serving after ${((performance.now() - started) / 1000).toFixed(1)} s; load average ${load()}`);
  const top = await graphql<{ authors: { edges: { node: { name: string } }[] } }>(`{ authors(first: ${PAPERS}, orderBy: PAPER_COUNT) { edges { node { name } } } }`);
  const names = top.authors.edges.map((edge) => edge.node.name);
  const probe = `{ author(name: ${JSON.stringify(names[0])}) { name paperCount } }`;

  // The first answers compile the query and warm the code up: not what a reader waits for later.
  for (let k = 0; k < 20; k++) await graphql(probe);
  const quiet = await probing(() => new Promise((resolve) => setTimeout(resolve, QUIET_MS)));
  console.log(`without writes: ${percentiles(quiet)} (${quiet.length} probes); load average ${load()}`);

  const writes: string[] = [];
  const writeTimes: number[] = [];
  /** Adds PAPERS papers, each by a top author and a new one; returns the new authors' ids. */
  const addPapers = async (batch: number) => {
    const papers = Array.from({ length: PAPERS }, (_, k) => ({
      title: `Bench paper ${batch}-${k}`,
      published: '2025-01-15',
      year: 2025,
      authors: [names[k % names.length]!, `Benchwriter ${letters(batch * PAPERS + k)}`],
    }));
    const since = performance.now();
    const added = await graphql<{ addPapers: { graphVersion: number; papers: { authors: { edges: { node: { id: string } }[] } }[] | null } }>(
      'mutation ($papers: [PaperInput!]!) { addPapers(input: { papers: $papers }) { graphVersion papers { authors { edges { node { id } } } } userErrors { field message } } }',
      { papers },
      true,
    );
    const ms = performance.now() - since;
    writes.push(`addPapers of ${PAPERS}: ${Math.round(ms)} ms (version ${added.addPapers.graphVersion})`);
    writeTimes.push(ms);
    return added.addPapers.papers!.map((paper) => paper.authors.edges[1]!.node.id);
  };
  const mergeAuthors = async (ids: string[]) => {
    const since = performance.now();
    const merged = await graphql<{ mergeAuthors: { graphVersion: number } }>(
      'mutation ($ids: [ID!]!) { mergeAuthors(input: { ids: $ids }) { graphVersion userErrors { field message } } }',
      { ids },
      true,
    );
    const ms = performance.now() - since;
    writes.push(`mergeAuthors of 2: ${Math.round(ms)} ms (version ${merged.mergeAuthors.graphVersion})`);
    writeTimes.push(ms);
  };
  const added = mix === 'merges' ? await addPapers(WRITES) : [];
  const writing = performance.now();
  const during = await probing(async () => {
    if (mix === 'merges') {
      const start = performance.now();
      for (let k = 0; k < WRITES; k++) {
        await mergeAuthors([added[2 * k]!, added[2 * k + 1]!]);
        await new Promise((resolve) => setTimeout(resolve, start + (k + 1) * 1000 - performance.now()));
      }
      await new Promise((resolve) => setTimeout(resolve, start + QUIET_MS - performance.now()));
      return;
    }
    for (let batch = 0; batch < WRITES; batch += 2) {
      const ids = await addPapers(batch);
      if (batch + 1 >= WRITES) break;
      await mergeAuthors(ids.slice(0, 2));
    }
  });
  const writesMs = performance.now() - writing;
  for (const write of writes) console.log(`  ${write}`);
  console.log(`during writes: ${percentiles(during)} (${during.length} probes); load average ${load()}`);
  const besideBusyCore = await probing(() => busyCore(writesMs));
  console.log(`no writes, another process keeping a core busy: ${percentiles(besideBusyCore)} (${besideBusyCore.length} probes); load average ${load()}`);
  // The two targets of a server taking changes, as this run met them.
  const ratio = (q: number) => (percentile(during, q)! / percentile(quiet, q)!).toFixed(2);
  console.log(`writes visible within 1 s: ${writeTimes.filter((ms) => ms <= 1000).length} of ${writeTimes.length} (target: all)`);
  console.log(`read p99 during writes ÷ without: ${ratio(0.99)} × (target: at most 2 ×); p95 ${ratio(0.95)} ×, p50 ${ratio(0.5)} ×`);
  // A p99 of fewer probes is a slower rank, and a ratio of unlike ranks moves with the one slow probe: SECONDS as long as the writes makes them alike.
  const ranks = (times: readonly number[]) => `the ${slowest(rankFromSlowest(times.length, 0.99))} of ${times.length}`;
  console.log(`p99 without writes: ${ranks(quiet)}; during: ${ranks(during)}`);

  /** The probe's times, one sent every PROBE_MS while `work` runs. */
  async function probing(work: () => Promise<unknown>): Promise<number[]> {
    const times: Promise<number>[] = [];
    const timer = setInterval(() => times.push(timed(() => graphql(probe))), PROBE_MS);
    await work();
    clearInterval(timer);
    return Promise.all(times);
  }
} finally {
  child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

/** The data of a GraphQL answer; throws on errors and on a mutation's userErrors. */
async function graphql<T>(query: string, variables?: Record<string, unknown>, write = false): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(write ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Record<string, { userErrors?: unknown[] }>; errors?: unknown[] };
  if (body.errors !== undefined || Object.values(body.data ?? {}).some((field) => (field.userErrors?.length ?? 0) > 0)) throw new Error(`${response.status}: ${text}`);
  return body.data as T;
}

/** Keeps one core busy for `ms` in a process of its own, writing a 64 MB array over and over (memory it has written before, as the adjacency's thread does once it has spares). */
async function busyCore(ms: number): Promise<void> {
  const code = `const a = new Uint32Array(1 << 24); const end = Date.now() + ${Math.round(ms)}; for (let s = 0; Date.now() < end; s++) for (let k = 0; k < a.length; k++) a[k] = k ^ s;`;
  const busy = spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
  await new Promise((resolve, reject) => busy.on('exit', resolve).on('error', reject));
}

/** The `n`th slowest, in words: "slowest", "2nd slowest", "3rd slowest", "11th slowest", "21st slowest". */
function slowest(n: number): string {
  if (n === 1) return 'slowest';
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix} slowest`;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const since = performance.now();
  await run();
  return performance.now() - since;
}

/** `n` in letters (a, b, …, ba, bb, …): an author name that no rule reads a number into. */
function letters(n: number): string {
  const text = n.toString(26);
  return [...text].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join('');
}
