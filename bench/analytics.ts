// Times the network algorithms on SNAP collaboration networks: whole-graph
// statistics once, then many paths and networks between random authors,
// with the node visits each used (what the per-request budget counts).
// Usage: npx tsx bench/analytics.ts [file=../shared/data/snap/CA-GrQc.txt] [queries=1000]
import { performance } from 'node:perf_hooks';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { clusteringSummary } from '../src/graph/algorithms/clusteringSummary.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { collaborationNetwork } from '../src/graph/algorithms/collaborationNetwork.ts';
import { collaborationPath } from '../src/graph/algorithms/collaborationPath.ts';
import { connectedComponents } from '../src/graph/algorithms/connectedComponents.ts';
import { distanceProfile } from '../src/graph/algorithms/distanceProfile.ts';
import { VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';

const file = process.argv[2] ?? '../shared/data/snap/CA-GrQc.txt';
const queries = Number(process.argv[3] ?? 1000);

function timed<T>(label: string, run: (budget: VisitBudget) => T): T {
  const budget = VisitBudget.unlimited();
  const started = performance.now();
  const result = run(budget);
  console.log(`${label.padEnd(28)}${(performance.now() - started).toFixed(1).padStart(9)} ms${budget.used > 0 ? `  ${budget.used.toLocaleString('en-US')} visits` : ''}`);
  return result;
}

const readStarted = performance.now();
const records = await readPaperFile(file, { format: 'snap' });
console.log(`${'read'.padEnd(28)}${(performance.now() - readStarted).toFixed(1).padStart(9)} ms`);
const graph = timed('build graph', () => buildGraph(records));
timed('coauthor adjacency', () => coauthorAdjacency(graph));
timed('connected components', (budget) => connectedComponents(graph, budget));
timed('triangles and clustering', (budget) => clusteringSummary(graph, budget));
const { diameter, effectiveDiameter } = timed('diameter (all-pairs BFS)', (budget) => distanceProfile(graph, budget));
console.log(`diameter ${diameter}, effective diameter ${effectiveDiameter.toFixed(2)}`);

// The same pseudo-random authors on every run.
let seed = 7;
const randomAuthor = () => graph.author((seed = (seed * 16807) % 2147483647) % graph.authorCount);

function spread(label: string, run: (budget: VisitBudget) => void): void {
  const visits: number[] = [];
  const started = performance.now();
  for (let i = 0; i < queries; i++) {
    const budget = VisitBudget.unlimited();
    run(budget);
    visits.push(budget.used);
  }
  const ms = (performance.now() - started) / queries;
  visits.sort((a, b) => a - b);
  const at = (q: number) => visits[Math.min(visits.length - 1, Math.floor(q * visits.length))]!.toLocaleString('en-US');
  console.log(`${label.padEnd(28)}${ms.toFixed(3).padStart(9)} ms each  visits median ${at(0.5)}, 99th ${at(0.99)}, max ${at(1)}`);
}

spread(`${queries} paths`, (budget) => collaborationPath(graph, randomAuthor(), randomAuthor(), { maxLength: 20, budget }));
spread(`${queries} networks depth 2`, (budget) =>
  collaborationNetwork(graph, [randomAuthor()], { depth: 2, maxNodes: 2000, minCollaborations: 1, includePapers: false, budget }),
);
