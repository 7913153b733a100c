// Times graph building, with and without identity merging, on generated
// papers whose bylines mix spelling variants of a pool of people.
// Usage: npx tsx bench/buildGraph.ts [papers=200000] [people=100000]
import { performance } from 'node:perf_hooks';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';

const paperCount = Number(process.argv[2] ?? 200_000);
const peopleCount = Number(process.argv[3] ?? 100_000);

// A small deterministic generator, so every run builds the same data.
let seed = 42;
const random = () => {
  // mulberry32: 32-bit state, exact in integer arithmetic.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const GIVEN = ['Timothy', 'Thomas', 'Samuel', 'Daniel', 'Anna', 'Carol', 'Kamilė', 'Noemí', 'Jörg', 'Héctor', 'Wei', 'Li', 'Ana', 'José', 'Paweł', 'Søren'];
const SURNAME_PARTS = ['Lukoš', 'Mer', 'Max', 'Hen', 'Bow', 'Hoff', 'Gef', 'Wang', 'Zhang', 'Kow', 'Niel', 'Ström', 'Ortiz', 'Ndou', 'Kap', 'Lan'];
const ENDINGS = ['iūtė', 'cado', 'well', 'ighan', 'man', 'mann', 'fner', 'ski', 'sen', 'berg', 'ez', 'sse', 'lan', 'ham'];
const people = Array.from({ length: peopleCount }, () => {
  const given = pick(GIVEN);
  const surname = `${pick(SURNAME_PARTS)}${'aeiou'[Math.floor(random() * 5)]}${'klmnrst'[Math.floor(random() * 7)]}${pick(ENDINGS)}`;
  const middle = random() < 0.3 ? ` ${String.fromCharCode(65 + Math.floor(random() * 26))}.` : '';
  return [`${given}${middle} ${surname}`, `${given[0]}. ${surname}`, `${given.normalize('NFD').replace(/\p{M}/gu, '')} ${surname}`];
});

const generated: PaperRecord[] = Array.from({ length: paperCount }, (_, index) => {
  const size = 1 + Math.floor(random() * 8);
  const byline = new Set<number>();
  // Coauthors cluster: most of a byline comes from a neighbourhood of the first author.
  const base = Math.floor(random() * peopleCount);
  while (byline.size < size) byline.add((base + Math.floor(random() * 50)) % peopleCount);
  const variants = new Map<string, string>();
  for (const person of byline) {
    const spelling = random() < 0.9 ? people[person]![0]! : pick(people[person]!);
    variants.set(spelling.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(), spelling);
  }
  return { title: `Paper ${index}`, year: 2000 + (index % 24), authors: [...variants.values()] };
});
// Through JSON, as every importer delivers them: flat strings, not the
// concatenation trees template literals build, which hash far slower.
const records = JSON.parse(JSON.stringify(generated)) as PaperRecord[];

for (const [label, options] of [['exact names', { resolveIdentities: resolveByNameKey }], ['merging', {}]] as const) {
  const before = process.memoryUsage().heapUsed;
  const started = performance.now();
  const graph = buildGraph(records, options);
  const ms = performance.now() - started;
  let merged = 0;
  for (let index = 0; index < graph.authorCount; index++) if (graph.author(index).identity.length > 0) merged++;
  console.log(
    `${label}: ${paperCount} papers, ${graph.authorshipCount} authorships → ${graph.authorCount} authors` +
      ` (${merged} merged) in ${(ms / 1000).toFixed(2)} s, heap +${Math.round((process.memoryUsage().heapUsed - before) / 2 ** 20)} MiB`,
  );
}
