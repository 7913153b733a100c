// Streams a large arXiv-snapshot file through `coauthor-graph import` in this
// process and prints throughput and peak resident memory, sampled every
// 100 ms: memory should stay flat however large the file. The input repeats
// the 200-record sample under fresh ids until it reaches the given size.
// Usage: npx tsx bench/importArxivJsonLines.ts [gigabytes=1] [workdir=os tmpdir]
import { once } from 'node:events';
import { createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runCli } from '../src/cli/runCli.ts';

const targetBytes = Math.round(Number(process.argv[2] ?? 1) * 1e9);
const workdir = process.argv[3] ?? tmpdir();
const input = join(workdir, 'arxiv-bench.jsonl');
const output = join(workdir, 'arxiv-bench.out.jsonl');
const SAMPLE = new URL('../../shared/data/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl', import.meta.url);

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

async function generate(): Promise<number> {
  const lines = readFileSync(SAMPLE, 'utf8').split('\n').filter((line) => line !== '');
  const stream = createWriteStream(input);
  let written = 0;
  let records = 0;
  while (written < targetBytes) {
    let batch = '';
    for (const line of lines) {
      // A fresh id keeps every record distinct, as in the real snapshot.
      batch += `${line.replace(/^\{"id":"[^"]*"/u, `{"id":"bench.${records}"`)}\n`;
      records += 1;
    }
    written += Buffer.byteLength(batch);
    if (!stream.write(batch)) await once(stream, 'drain');
  }
  stream.end();
  await once(stream, 'finish');
  return records;
}

const generatedRecords = await generate();
const inputBytes = statSync(input).size;
console.log(`input: ${megabytes(inputBytes)}, ${generatedRecords} records`);

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100);
const rssBefore = process.memoryUsage.rss();
const started = performance.now();
await runCli(['import', '--from', 'arxiv', input, '--out', output]);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);

console.log(
  `import: ${seconds.toFixed(1)} s, ${megabytes(inputBytes / seconds)}/s, ${Math.round(generatedRecords / seconds)} records/s; ` +
    `resident memory ${megabytes(rssBefore)} before, peak ${megabytes(peakRss)}`,
);
rmSync(input);
rmSync(output);
