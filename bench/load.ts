// Measures loading a data file the way `serve` loads it (`loadGraph` with
// every index built: read, identity resolution, graph, coauthor adjacency,
// search index, paper and author orders, cost bounds), with identity
// `merge` and `exact`, next to a floor: reading every line, JSON.parse-ing
// it and keeping the objects. Each row runs in a fresh child process, so one
// row's garbage never inflates another's memory; a row reports elapsed ms,
// peak resident memory (maxRSS at the end) and heap used after a full GC.
// Prints a table and the ratios load ÷ floor and merge ÷ exact. A new load
// path (a snapshot file, say) is one more entry in LOAD_PATHS.
// Usage: npx tsx bench/load.ts FILE [--skip-merge]
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadGraph } from '../src/loadGraph.ts';

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
};

const [mode, ...rest] = process.argv.slice(2);
if (mode === '--child') await runChild(rest[0] ?? '', rest[1] ?? '');
else runParent(mode, rest);

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

function runParent(file: string | undefined, flags: readonly string[]): void {
  if (file === undefined || file.startsWith('--')) throw new Error('usage: npx tsx bench/load.ts FILE [--skip-merge]');
  const unknown = flags.find((flag) => flag !== '--skip-merge');
  if (unknown !== undefined) throw new Error(`unknown flag "${unknown}"; the only flag is --skip-merge`);
  const paths = Object.keys(LOAD_PATHS).filter((path) => path !== 'merge' || !flags.includes('--skip-merge'));
  const script = fileURLToPath(import.meta.url);
  const results = new Map<string, Measurement>();
  console.log(`load: ${file}`);
  console.log(`${'row'.padEnd(8)}${'ms'.padStart(10)}${'max RSS MB'.padStart(12)}${'heap MB'.padStart(10)}  loaded`);
  for (const path of paths) {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--child', path, file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(output) as Measurement;
    results.set(path, result);
    console.log(
      `${path.padEnd(8)}${result.ms.toFixed(0).padStart(10)}${(result.maxRssKb / 1024).toFixed(0).padStart(12)}` +
        `${(result.heapUsedKb / 1024).toFixed(0).padStart(10)}  ${result.summary}`,
    );
  }
  const floor = results.get('floor')!;
  for (const [path, result] of results) {
    if (path === 'floor') continue;
    console.log(`${path} ÷ floor: time ${ratio(result.ms, floor.ms)}, RSS ${ratio(result.maxRssKb, floor.maxRssKb)}, heap ${ratio(result.heapUsedKb, floor.heapUsedKb)}`);
  }
  const merge = results.get('merge');
  const exact = results.get('exact');
  if (merge !== undefined && exact !== undefined) {
    console.log(`merge ÷ exact: time ${ratio(merge.ms, exact.ms)}, RSS ${ratio(merge.maxRssKb, exact.maxRssKb)}, heap ${ratio(merge.heapUsedKb, exact.heapUsedKb)}`);
  }
}

function ratio(a: number, b: number): string {
  return `${(a / b).toFixed(2)}×`;
}
