// Measures loading a data file the way `serve` loads it (`loadGraph` with
// every index built: read, identity resolution, graph, coauthor adjacency,
// search index, paper and author orders, cost bounds), with identity
// `merge` and `exact`, next to a floor: reading every line, JSON.parse-ing
// it and keeping the objects. Each row runs in a fresh child process, so one
// row's garbage never inflates another's memory; a row reports elapsed ms,
// peak resident memory (maxRSS at the end) and heap used after a full GC.
// A last row loads a snapshot of the merged graph, written once before the
// rows run (`coauthor-graph snapshot`, in a temporary folder), as `serve
// --data graph.snapshot` does. Each row runs in the environment the server
// would give itself for its file (`hugePagesEnvironment`: huge pages for a
// large load); `GLIBC_TUNABLES=glibc.malloc.hugetlb=0` measures without them.
// Prints a table and the ratios load ÷ floor and merge ÷ exact. With
// --rounds N every row runs N times, the rows in turn, and each ratio is
// taken within a round (rows of the same minute) and shown as the median
// and range of the rounds': on a shared machine one round can be a quarter
// slower than the next. A new load path is one more entry in LOAD_PATHS.
// Usage: npx tsx bench/load.ts FILE [--skip-merge] [--skip-snapshot] [--rounds N]
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../src/loadGraph.ts';
import { hugePagesEnvironment } from '../src/relaunchWithHugePages.ts';

interface Loaded {
  /** What was loaded, in a few words ("100000 papers, 55057 authors"). */
  readonly summary: string;
  /** Kept referenced until memory is measured. */
  readonly data: unknown;
}

interface Measurement {
  readonly ms: number;
  readonly maxRssKb: number;
  readonly heapUsedKb: number;
  readonly summary: string;
}

const load = async (file: string, identity: 'merge' | 'exact'): Promise<Loaded> => {
  const graph = await loadGraph([file], undefined, { identity }, { indexed: true });
  return { summary: `${graph.paperCount} papers, ${graph.authorCount} authors`, data: graph };
};

/** The rows of the table, in order: each a way to load the file. */
const LOAD_PATHS: Readonly<Record<string, (file: string) => Promise<Loaded>>> = {
  async floor(file) {
    const records: unknown[] = [];
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (line !== '') records.push(JSON.parse(line));
    }
    return { summary: `${records.length} objects`, data: records };
  },
  exact: (file) => load(file, 'exact'),
  merge: (file) => load(file, 'merge'),
  // Given the snapshot file rather than the data file (see `runParent`); a snapshot holds its identity settings.
  snapshot: (file) => load(file, 'merge'),
};

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child') await runChild(rest[0] ?? '', rest[1] ?? '');
else await runParent(mode, rest);

async function runChild(path: string, file: string): Promise<void> {
  const load = LOAD_PATHS[path];
  if (load === undefined) throw new Error(`unknown load path "${path}"; known: ${Object.keys(LOAD_PATHS).join(', ')}`);
  const gc = globalThis.gc;
  if (gc === undefined) throw new Error('the child needs --expose-gc');
  const started = performance.now();
  const loaded = await load(file);
  const ms = performance.now() - started;
  gc();
  const heapUsedKb = process.memoryUsage().heapUsed / 1024;
  const measurement: Measurement = { ms, maxRssKb: process.resourceUsage().maxRSS, heapUsedKb, summary: loaded.summary };
  process.stdout.write(JSON.stringify(measurement));
}

async function runParent(file: string | undefined, flags: readonly string[]): Promise<void> {
  const usage = 'usage: npx tsx bench/load.ts FILE [--skip-merge] [--skip-snapshot] [--rounds N]';
  if (file === undefined || file.startsWith('--')) throw new Error(usage);
  const { skipMerge, skipSnapshot, rounds } = parseFlags(flags, usage);
  const paths = Object.keys(LOAD_PATHS).filter((path) => !(path === 'merge' && skipMerge) && !(path === 'snapshot' && skipSnapshot));
  const script = fileURLToPath(import.meta.url);
  const folder = mkdtempSync(join(tmpdir(), 'coauthor-graph-load-'));
  const snapshot = join(folder, 'graph.snapshot');
  try {
    if (!skipSnapshot) {
      const cli = fileURLToPath(new URL('../bin/coauthor-graph.js', import.meta.url));
      execFileSync(process.execPath, [cli, 'snapshot', '--data', file, '--out', snapshot], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const environments = { file: (await hugePagesEnvironment([file], process.env)) ?? process.env, snapshot: (await hugePagesEnvironment([snapshot], process.env)) ?? process.env };
    measureRounds({ file, snapshot, paths, rounds, script, environments, skipMerge });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function measureRounds(run: {
  file: string;
  snapshot: string;
  paths: readonly string[];
  rounds: number;
  script: string;
  environments: Readonly<Record<'file' | 'snapshot', NodeJS.ProcessEnv>>;
  skipMerge: boolean;
}): void {
  const { file, snapshot, paths, rounds, script, environments, skipMerge } = run;
  // By round, each row's measurement: a round runs every row once, in turn, so that a ratio compares rows of the same minute.
  const results: Map<string, Measurement>[] = [];
  console.log(`load: ${file}${rounds > 1 ? `, ${rounds} rounds` : ''}; huge pages for malloc'd memory: ${environments.file === process.env ? 'no' : 'yes'}`);
  console.log(`${'row'.padEnd(8)}${'ms'.padStart(10)}${'max RSS MB'.padStart(12)}${'heap MB'.padStart(10)}  loaded`);
  for (let round = 0; round < rounds; round++) {
    const measured = new Map<string, Measurement>();
    for (const path of paths) {
      const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--child', path, path === 'snapshot' ? snapshot : file], {
        env: path === 'snapshot' ? environments.snapshot : environments.file,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 1 << 20,
      });
      const result = JSON.parse(output) as Measurement;
      measured.set(path, result);
      console.log(
        `${path.padEnd(8)}${result.ms.toFixed(0).padStart(10)}${(result.maxRssKb / 1024).toFixed(0).padStart(12)}` +
          `${(result.heapUsedKb / 1024).toFixed(0).padStart(10)}  ${result.summary}`,
      );
    }
    results.push(measured);
  }
  const ratios: [string, string, string][] = [
    ...paths.filter((path) => path !== 'floor').map((path): [string, string, string] => [`${path} ÷ floor`, path, 'floor']),
    ...(skipMerge ? [] : [['merge ÷ exact', 'merge', 'exact'] as [string, string, string]]),
  ];
  for (const [label, over, under] of ratios) {
    const of = (field: keyof Omit<Measurement, 'summary'>) => spread(results.map((measured) => measured.get(over)![field] / measured.get(under)![field]));
    console.log(`${label}: time ${of('ms')}, RSS ${of('maxRssKb')}, heap ${of('heapUsedKb')}`);
  }
  if (rounds > 1) for (const path of paths) console.log(`${path}: ms ${spread(results.map((measured) => measured.get(path)!.ms), 0)}, max RSS MB ${spread(results.map((measured) => measured.get(path)!.maxRssKb / 1024), 0)}`);
}

function parseFlags(flags: readonly string[], usage: string): { skipMerge: boolean; skipSnapshot: boolean; rounds: number } {
  let [skipMerge, skipSnapshot, rounds] = [false, false, 1];
  for (let k = 0; k < flags.length; k++) {
    if (flags[k] === '--skip-merge') skipMerge = true;
    else if (flags[k] === '--skip-snapshot') skipSnapshot = true;
    else if (flags[k] === '--rounds' && /^[1-9]\d*$/u.test(flags[k + 1] ?? '')) rounds = Number(flags[++k]);
    else throw new Error(`unknown or incomplete flag "${flags[k]}"; ${usage}`);
  }
  return { skipMerge, skipSnapshot, rounds };
}

/**
 * One value as a ratio (`3.12×`), or several, one a round, as their median
 * and range (`3.12× (median; 2.95×–3.40×)`); with `digits`, as plain
 * numbers so rounded (`19862 (median; 18180–20477)`).
 */
function spread(values: readonly number[], digits?: number): string {
  const show = (value: number) => (digits === undefined ? `${value.toFixed(2)}×` : value.toFixed(digits));
  if (values.length === 1) return show(values[0]!);
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const median = sorted.length % 2 === 1 ? sorted[Math.floor(middle)]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return `${show(median)} (median; ${show(sorted[0]!)}–${show(sorted.at(-1)!)})`;
}

