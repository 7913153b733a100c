// Measures `readPaperFiles([FILE], { compact: true })`, the read that a load
// starts with, against a floor: reading every line and JSON.parse-ing it
// (as in bench/load.ts). Each run is a fresh child process; floor and read
// alternate, REPEATS times each, so both suffer the same load on a shared
// machine. A run reports wall time and CPU time (user + system, from
// `process.cpuUsage()`, which other processes on the machine stretch less);
// the table ends with the medians and the ratios read ÷ floor.
// Usage: npx tsx bench/readRecords.ts FILE [REPEATS=3]
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { readPaperFiles } from '../src/ingest/readPaperFiles.ts';

interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly records: number;
}

/** The two ways to read the file: each returns how many records it kept. */
const READS: Readonly<Record<string, (file: string) => Promise<number>>> = {
  async floor(file) {
    const records: unknown[] = [];
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      if (line !== '') records.push(JSON.parse(line));
    }
    return records.length;
  },
  read: async (file) => (await readPaperFiles([file], { compact: true })).length,
};

const [first, second, third] = process.argv.slice(2);
if (first === '--child') await runChild(second ?? '', third ?? '');
else runParent(first, Number(second ?? 3));

async function runChild(name: string, file: string): Promise<void> {
  const read = READS[name];
  if (read === undefined) throw new Error(`unknown read "${name}"; known: ${Object.keys(READS).join(', ')}`);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const records = await read(file);
  const { user, system } = process.cpuUsage(cpu);
  const run: Run = { wallMs: performance.now() - started, cpuMs: (user + system) / 1000, records };
  process.stdout.write(JSON.stringify(run));
}

function runParent(file: string | undefined, repeats: number): void {
  if (file === undefined || file.startsWith('--') || !Number.isInteger(repeats) || repeats < 1) {
    throw new Error('usage: npx tsx bench/readRecords.ts FILE [REPEATS=3] (REPEATS a whole number ≥ 1)');
  }
  const script = fileURLToPath(import.meta.url);
  const runs = new Map<string, Run[]>(Object.keys(READS).map((name) => [name, []]));
  console.log(`read: ${file}`);
  console.log(`${'run'.padEnd(8)}${'wall ms'.padStart(10)}${'cpu ms'.padStart(10)}  records`);
  for (let round = 0; round < repeats; round++) {
    for (const [name, done] of runs) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', name, file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const run = JSON.parse(output) as Run;
      done.push(run);
      console.log(`${name.padEnd(8)}${run.wallMs.toFixed(0).padStart(10)}${run.cpuMs.toFixed(0).padStart(10)}  ${run.records}`);
    }
  }
  const floor = runs.get('floor')!;
  const read = runs.get('read')!;
  const wall = median(read.map((run) => run.wallMs)) / median(floor.map((run) => run.wallMs));
  const cpu = median(read.map((run) => run.cpuMs)) / median(floor.map((run) => run.cpuMs));
  console.log(`median read ÷ floor: wall ${wall.toFixed(2)}×, cpu ${cpu.toFixed(2)}×`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
