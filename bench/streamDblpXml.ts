// Streams a dblp XML file through the dblp reader, counting papers and
// sampling resident memory every second, and prints the count, the time,
// the throughput and the peak RSS. Memory should stay flat whatever the size.
// Make a test file first with bench/generateDblpXml.ts.
// Usage: npx tsx bench/streamDblpXml.ts [file=bench/out/dblp.xml]
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createIngestContext } from '../src/ingest/IngestContext.ts';
import { type DblpTally, readDblpRecords } from '../src/ingest/dblp/readDblpRecords.ts';

const file = process.argv[2] ?? fileURLToPath(new URL('out/dblp.xml', import.meta.url));
const MIB = 2 ** 20;

const rssSamples: number[] = [];
const sample = () => rssSamples.push(process.memoryUsage().rss);
const sampler = setInterval(sample, 1000);
sample();

const [context, report] = createIngestContext(file, { strict: true });
const tally: DblpTally = { papers: 0, personPages: 0, withoutAuthors: 0 };
const started = performance.now();
const cpuBefore = process.cpuUsage();
let authorships = 0;
for await (const paper of readDblpRecords(file, context, tally)) authorships += paper.authors.length;
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
clearInterval(sampler);
sample();

const bytes = statSync(file).size;
const peak = Math.max(...rssSamples);
const quartile = (q: number) => [...rssSamples].sort((a, b) => a - b)[Math.floor(q * (rssSamples.length - 1))] ?? 0;
console.log(`${file}: ${(bytes / 1e9).toFixed(2)} GB`);
console.log(
  `${tally.papers} papers, ${authorships} authorships; skipped ${tally.withoutAuthors} without authors, ` +
    `${tally.personPages} person pages, ${report.skipped} defective`,
);
// The CPU time is the steadier figure on a shared machine; the wall time includes waiting for a core.
console.log(
  `${seconds.toFixed(1)} s wall (${(bytes / MIB / seconds).toFixed(1)} MiB/s, ${Math.round(tally.papers / seconds)} papers/s), ` +
    `${cpuSeconds.toFixed(1)} s CPU (${(bytes / MIB / cpuSeconds).toFixed(1)} MiB/s)`,
);
console.log(
  `RSS over ${rssSamples.length} samples: peak ${(peak / MIB).toFixed(0)} MiB, ` +
    `median ${(quartile(0.5) / MIB).toFixed(0)} MiB, first ${((rssSamples[0] ?? 0) / MIB).toFixed(0)} MiB`,
);
