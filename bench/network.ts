// Times `collaborationNetwork` around typical authors of a large graph, with
// the visit budget one request has by default. The data is loaded once; each
// network is then computed once to warm up and --repeats times more, and the
// bench prints the median ms (and the garbage collection within it) with the
// visits used, node and edge counts and whether it was truncated (or
// BUDGET_EXCEEDED when the budget ran out).
//
// The typical authors, both picked from the data:
// - "prolific": the 100th most prolific author whose name is theirs alone
//   (the subject of bench/http.ts): busy, but not the extreme;
// - "median": of the authors with at least 20 coauthors, the one with the
//   median paper count (ties by name).
//
// Usage: npx tsx bench/network.ts [--data bench/out/papers-1m.jsonl] [--repeats 7] [--identity exact|merge]
import { loadavg } from 'node:os';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadGraph } from '../src/loadGraph.ts';
import type { Author } from '../src/graph/store/Author.ts';
import { authorsByPaperCount } from '../src/graph/store/authorsByPaperCount.ts';
import { type CoauthorAdjacency, coauthorAdjacency, coauthorCount } from '../src/graph/store/coauthorAdjacency.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { collaborationNetwork, type Network } from '../src/graph/algorithms/collaborationNetwork.ts';
import { BudgetExceededError, VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { DEFAULT_LIMITS } from '../src/limits/Limits.ts';

const { values: options } = parseArgs({
  options: {
    data: { type: 'string', default: 'bench/out/papers-1m.jsonl' },
    repeats: { type: 'string', default: '7' },
    // Generated names never merge, so exact identity builds the same graph sooner.
    identity: { type: 'string', default: 'exact' },
  },
});
const repeats = Number(options.repeats);
if (options.identity !== 'exact' && options.identity !== 'merge') throw new Error(`--identity must be exact or merge, got ${options.identity}`);

/** The networks a drawing client asks for, smallest first. */
const SHAPES = [
  { depth: 1, maxNodes: 200 },
  { depth: 2, maxNodes: 500 },
  { depth: 2, maxNodes: 2000 },
  { depth: 3, maxNodes: 500 },
] as const;

function typicalAuthors(graph: CoauthorGraph): Record<string, Author> {
  const ranked = Array.from(authorsByPaperCount(graph), (index) => graph.author(index));
  const alone = ranked.filter((author) => graph.authorsByName(author.name).length === 1);
  const connected = ranked.filter((author) => coauthorCount(graph, author) >= 20);
  return { prolific: alone[Math.min(99, alone.length - 1)]!, median: connected[connected.length >> 1]! };
}

/** The coauthor adjacency's entries, bytes an entry (offsets aside) and total size, with each array's type. */
function adjacencySize({ offsets, neighbours, weights }: CoauthorAdjacency): string {
  const arrays = { neighbours, weights };
  const perEntry = Object.values(arrays).reduce((sum, array) => sum + array.BYTES_PER_ELEMENT, 0);
  const total = Object.values(arrays).reduce((sum, array) => sum + array.byteLength, offsets.byteLength);
  const types = Object.entries(arrays).map(([name, array]) => `${name} ${array.constructor.name}`);
  return `coauthor adjacency: ${neighbours.length.toLocaleString('en-US')} entries, ${perEntry} bytes an entry, ${(total / 1e6).toFixed(1)} MB (${types.join(', ')})`;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

// Garbage collection pauses, added up, so a slow run can be told from a collected one.
let collecting = 0;
new PerformanceObserver((list) => list.getEntries().forEach((entry) => (collecting += entry.duration))).observe({ entryTypes: ['gc'] });

const started = performance.now();
const graph = await loadGraph([options.data], undefined, { identity: options.identity });
const adjacency = coauthorAdjacency(graph);
console.log(`bench/network: ${options.data} (${graph.paperCount} papers, ${graph.authorCount} authors), loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(adjacencySize(adjacency));
console.log(`budget ${DEFAULT_LIMITS.visits.toLocaleString('en-US')} visits a request; median of ${repeats} runs; load average (1/5/15 min) ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);

for (const [role, author] of Object.entries(typicalAuthors(graph))) {
  console.log(`\n${role}: ${author.name}, ${author.paperCount} papers, ${coauthorCount(graph, author)} coauthors`);
  console.log('depth  maxNodes       visits      ms   gc ms  nodes   edges  truncated  rings');
  for (const { depth, maxNodes } of SHAPES) {
    const times: number[] = [];
    const pauses: number[] = [];
    let network: Network | undefined;
    let visits = 0;
    let refused = false;
    for (let run = 0; run <= repeats && !refused; run++) {
      const budget = new VisitBudget(DEFAULT_LIMITS.visits);
      // Observed entries arrive on a later turn: let the last run's come in first.
      await new Promise((resolve) => setTimeout(resolve, 20));
      const collectedBefore = collecting;
      const start = performance.now();
      try {
        network = collaborationNetwork(graph, [author], { depth, maxNodes, minCollaborations: 1, includePapers: false, budget });
      } catch (error) {
        if (!(error instanceof BudgetExceededError)) throw error;
        refused = true;
      }
      const ms = performance.now() - start;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (run > 0) {
        times.push(ms);
        pauses.push(collecting - collectedBefore);
      }
      visits = budget.used;
    }
    const head = `${String(depth).padStart(5)}  ${String(maxNodes).padStart(8)}  ${visits.toLocaleString('en-US').padStart(11)}`;
    if (refused || network === undefined) {
      console.log(`${head}  BUDGET_EXCEEDED`);
      continue;
    }
    const timing = `${median(times).toFixed(0).padStart(6)}  ${median(pauses).toFixed(0).padStart(6)}`;
    const rings = new Map<number, number>();
    for (const node of network.nodes) rings.set(node.distance, (rings.get(node.distance) ?? 0) + 1);
    console.log(`${head}  ${timing}  ${String(network.nodes.length).padStart(5)}  ${String(network.edges.length).padStart(6)}  ${String(network.truncated).padStart(9)}  ${[...rings.values()].join(' + ')}`);
  }
}
