// Measures how long a change takes to become visible when the server keeps a
// journal (--store): the start (load plus replay), then one addPapers of
// PAPERS new papers and one mergeAuthors of two authors, each timed from the
// call to the swap of the rebuilt graph, which is when the next request sees
// it. Every change rebuilds the whole graph from the records, so each costs
// about one load; a delta over the current snapshot is what would change that.
// Usage: npx tsx bench/curation.ts FILE [IDENTITY=merge] [PAPERS=100]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { holderOf } from '../src/curation/holderOf.ts';
import { openCurator } from '../src/curation/openCurator.ts';
import { planAddPapers } from '../src/curation/planAddPapers.ts';
import { planMerge } from '../src/curation/planMerge.ts';
import { parseIdentityMode } from '../src/createIdentityResolver.ts';

const [file, identityText, papersText] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: npx tsx bench/curation.ts FILE [IDENTITY=merge] [PAPERS=100]');
const identity = parseIdentityMode(identityText, 'IDENTITY');
const count = Number(papersText ?? 100);
const folder = mkdtempSync(join(tmpdir(), 'bench-curation-'));
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

try {
  let started = performance.now();
  const curator = await openCurator(join(folder, 'journal.db'), [file], undefined, { identity });
  const start = curator.graph;
  console.log(`start: ${start.paperCount} papers, ${start.authorCount} authors in ${seconds(started)} s; heap ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);

  const added = Array.from({ length: count }, (_, k) => ({ title: `Bench paper ${k}`, published: '2025-01-15', year: 2025, authors: [start.author(k).name, `Bench Author ${k}`] }));
  started = performance.now();
  const outcome = await curator.apply((graph) => planAddPapers(graph, added), 'bench');
  if (Array.isArray(outcome)) throw new Error(JSON.stringify(outcome[0]));
  console.log(`addPapers of ${count}: visible after ${seconds(started)} s (version ${outcome.version})`);

  const [a, b] = [start.authorCount - 1, start.authorCount - 2].map((index) => curator.graph.authorById(start.author(index).id)!);
  started = performance.now();
  const merged = await curator.apply((graph) => planMerge(graph, [a!.id, b!.id], (id) => graph.authorById(id)), 'bench');
  if (Array.isArray(merged)) throw new Error(JSON.stringify(merged[0]));
  console.log(`mergeAuthors of 2: visible after ${seconds(started)} s (version ${merged.version}; ${holderOf(merged.graph, a!.aliases[0]!.name)?.paperCount} papers)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
