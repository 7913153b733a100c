// The crash test: serves the seed with a journal (`--store`, `--identity
// exact`) and, RUNS times, sends a stream of changes one after another (an
// addPapers of one paper by a seed author and a new one, every third a
// mergeAuthors of two of the new authors), kills the server with SIGKILL
// after a random delay, whatever it is doing, and restarts it on the same
// journal. After each restart it checks that every change acknowledged
// before the kill is there, that the one sent and not answered is there
// whole or not at all, and that the graph answers as it did after the last
// acknowledged change (plus, when it landed, the unanswered one). Prints a
// line per run and exits 1 on the first failure.
// Usage: npx tsx bench/crash.ts [RUNS=20] [SEED=1]
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_PORT, type StartedScript, startScript } from './startScript.ts';

const [runsText = '20', seedText = '1'] = process.argv.slice(2);
const RUNS = Number(runsText);
// Kills land anywhere in the first this many ms of a stream, long enough for tens of changes on the seed.
const MAX_KILL_MS = 1500;

const folder = mkdtempSync(join(tmpdir(), 'bench-crash-'));
const token = randomBytes(24).toString('hex');
writeFileSync(join(folder, 'write-tokens'), `crash ${createHash('sha256').update(token).digest('hex')}\n`);
const args = ['--port', '0', '--host', '127.0.0.1', '--data', 'fixtures/seed.jsonl', '--identity', 'exact', '--store', join(folder, 'journal.db'), '--write-tokens', join(folder, 'write-tokens')];

// A seeded generator (mulberry32), so that a failing run can be replayed.
let state = Number(seedText) >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};

/** What the checks read of the graph: its counts, and every paper of run `run` (at most a hundred) with its authors. */
const stateQuery = (run: number) =>
  `{ papers(filter: { search: "${titleOf(run, '')}" }, first: 100) { totalCount edges { node { title authors { edges { node { name } } } } } } authors { totalCount } }`;

let server: StartedScript | undefined;
try {
  let sent = 0;
  for (let run = 1; run <= RUNS; run++) {
    server = await startScript('src/server.ts', args, SERVER_PORT);
    // The stream: each change is sent once the one before it is answered; the graph is read after each.
    const states = new Map<number, unknown>();
    const first = await read(server.url, run);
    states.set(first.version, first.data);
    let acknowledged = first.version;
    let count = 0;
    let unanswered: string | undefined;
    const stream = (async () => {
      for (;;) {
        const change = ++sent;
        const mutation = change % 3 === 0 ? await mergeOfTwo(server!.url) : addOne(run, change);
        unanswered = mutation.label;
        const answer = await graphql(server!.url, mutation.query, true);
        acknowledged = (answer.extensions as { graphVersion: number }).graphVersion;
        unanswered = undefined;
        count++;
        const state = await read(server!.url, run);
        states.set(state.version, state.data);
      }
    })().catch(() => undefined);
    await sleep(random() * MAX_KILL_MS);
    server.child.kill('SIGKILL');
    await stream;
    server = await startScript('src/server.ts', args, SERVER_PORT);
    const after = await read(server.url, run);
    const landed = after.version === acknowledged + 1;
    if (after.version !== acknowledged && !landed) fail(run, `version ${after.version} after the restart, ${acknowledged} acknowledged`);
    if (landed && unanswered === undefined) fail(run, `version ${after.version} after the restart, but no change was in flight`);
    // The kill may have come between an answer and the read after it: that state is then not known to compare.
    const known = states.get(after.version);
    if (!landed && known !== undefined && JSON.stringify(after.data) !== JSON.stringify(known)) fail(run, `the graph after the restart is not the one of version ${acknowledged}`);
    // A change that landed unanswered is there whole: its paper with both its authors, or its merge.
    for (const { node } of (after.data as { papers: { edges: { node: { title: string; authors: { edges: unknown[] } } }[] } }).papers.edges) {
      if (node.authors.edges.length !== 2) fail(run, `"${node.title}" has ${node.authors.edges.length} authors after the restart`);
    }
    console.log(
      `run ${run}: ${count} changes acknowledged (to version ${acknowledged}), killed ` +
        `${unanswered === undefined ? 'between changes' : `with ${unanswered} in flight, which ${landed ? 'landed whole' : 'did not land'}`}; ` +
        `after the restart: version ${after.version}, every acknowledged change there`,
    );
    server.child.kill('SIGTERM');
    server = undefined;
  }
  console.log(`the crash test passed ${RUNS} of ${RUNS} runs`);
} finally {
  server?.child.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}

function fail(run: number, message: string): never {
  server?.child.kill('SIGTERM');
  console.error(`run ${run}: ${message}`);
  process.exit(1);
}

/** The title of paper `change` of run `run`; with `change` empty, what every title of the run starts with. */
function titleOf(run: number, change: number | ''): string {
  return `crashtest run ${letters(run)} paper ${change}`;
}

/** An addPapers of one paper, numbered `change`, by a seed author and a new one. */
function addOne(run: number, change: number): { label: string; query: string } {
  const title = titleOf(run, change);
  return { label: `addPapers "${title}"`, query: `mutation { addPapers(input: { papers: [{ title: "${title}", published: "2025-02-01", authors: ["Tim Maxwell", "Crashwriter ${letters(change)}"] }] }) { graphVersion userErrors { message } } }` };
}

/** A mergeAuthors of the two crash writers that come first in name order, who share no paper. */
async function mergeOfTwo(url: string): Promise<{ label: string; query: string }> {
  const found = await graphql(url, '{ authors(search: "crashwriter", first: 2) { edges { node { id name } } } }');
  const writers = (found.data as { authors: { edges: { node: { id: string; name: string } }[] } }).authors.edges.map(({ node }) => node);
  return { label: `mergeAuthors of ${writers.map(({ name }) => name).join(' and ')}`, query: `mutation { mergeAuthors(input: { ids: ${JSON.stringify(writers.map(({ id }) => id))} }) { graphVersion userErrors { message } } }` };
}

async function read(url: string, run: number): Promise<{ version: number; data: unknown }> {
  const answer = await graphql(url, stateQuery(run));
  return { version: (answer.extensions as { graphVersion: number }).graphVersion, data: answer.data };
}

/** The answer to `query`; throws on errors and refused changes. */
async function graphql(url: string, query: string, write = false): Promise<{ data: unknown; extensions: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(write ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: Record<string, { userErrors?: unknown[] } | null>; errors?: unknown[]; extensions?: unknown };
  if (body.errors !== undefined || Object.values(body.data ?? {}).some((field) => (field?.userErrors?.length ?? 0) > 0)) throw new Error(`${response.status}: ${text}`);
  return { data: body.data, extensions: body.extensions };
}

/** `n` in letters (a, b, …, ba, …): a name no rule reads a number into. */
function letters(n: number): string {
  return [...n.toString(26)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join('');
}
