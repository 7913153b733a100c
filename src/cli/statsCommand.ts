import { performance } from 'node:perf_hooks';
import { clusteringSummary } from '../graph/algorithms/clusteringSummary.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { coauthorAdjacency } from '../graph/store/coauthorAdjacency.ts';
import { connectedComponents } from '../graph/algorithms/connectedComponents.ts';
import { distanceProfile } from '../graph/algorithms/distanceProfile.ts';
import { graphDistributions } from '../graph/algorithms/graphDistributions.ts';
import { VisitBudget } from '../graph/algorithms/VisitBudget.ts';
import type { Command } from './Command.ts';
import { BYLINE_OPTIONS, BYLINE_USAGE, maxAuthorsPerPaper } from './bylineFlags.ts';
import { IDENTITY_OPTIONS, IDENTITY_USAGE, identitySettings } from './identityFlags.ts';
import { DATA_FLAG, DATA_OPTION } from './dataOption.ts';
import { loadCommandGraph } from './loadCommandGraph.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { requiredFlag } from './requiredFlag.ts';

const USAGE = `Usage: coauthor-graph stats --data FILE… [--format NAME] [--diameter] [--json] [--identity …]

Prints how big and how connected the co-authorship graph of a paper file
is: counts, connected components, triangles, the average clustering
coefficient (SNAP's definition) and the most collaborative authors.

  --data FILE…   papers to read, in any format import reads
  --format NAME  the format of FILE (listing, jsonl, arxiv, snap, …);
                 detected from its name and first bytes when not given
  --diameter     also the exact diameter, the 90th-percentile effective
                 diameter and the mean distance, by a breadth-first search
                 from every author: time grows with authors × coauthor
                 pairs (about a second for SNAP's CA-GrQc, 5242 authors)
  --json         print one JSON object, with the full distributions
  --help         print this text

Author identity:
${IDENTITY_USAGE}
${BYLINE_USAGE}`;

const TOP_AUTHORS = 10;

/** `coauthor-graph stats`: the statistics the API's `stats` gives, plus exact distances, offline. */
export const statsCommand: Command = {
  name: 'stats',
  summary: 'print the network statistics of a paper file (--diameter for exact distances)',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandArgs('stats', {
      args: [...args],
      options: { ...DATA_OPTION, format: { type: 'string' }, diameter: { type: 'boolean' }, json: { type: 'boolean' }, ...IDENTITY_OPTIONS, ...BYLINE_OPTIONS },
      strict: true,
    });
    const files = requiredFlag('stats', values.data, DATA_FLAG);
    const graph = await loadCommandGraph(files, values.format, { ...identitySettings(values), maxAuthorsPerPaper: maxAuthorsPerPaper(values) });
    const data = files.join(', ');
    const stats = graphStatistics(graph, values.diameter === true);
    console.log(values.json === true ? JSON.stringify({ data, ...stats }, null, 2) : formatStatistics(data, stats));
  },
};

type Statistics = ReturnType<typeof graphStatistics>;

function graphStatistics(graph: CoauthorGraph, withDistances: boolean) {
  const budget = VisitBudget.unlimited();
  const { sizes, largest } = connectedComponents(graph, budget);
  const { triangles, averageClustering } = clusteringSummary(graph, budget);
  const { papersPerYear, undatedPapers, authorsPerPaper, degrees, byCoauthorCount } = graphDistributions(graph, budget);
  const { offsets, pairCount } = coauthorAdjacency(graph);
  return {
    papers: graph.paperCount,
    authors: graph.authorCount,
    authorships: graph.authorshipCount,
    coauthorPairs: pairCount,
    components: sizes.length,
    largestComponent: sizes[largest] ?? 0,
    triangles,
    averageClustering,
    mostCollaborative: byCoauthorCount.slice(0, TOP_AUTHORS).map((index) => ({
      name: graph.author(index).name,
      coauthors: offsets[index + 1]! - offsets[index]!,
    })),
    distances: withDistances ? timedDistances(graph, budget) : undefined,
    papersPerYear,
    undatedPapers,
    authorsPerPaper,
    degreeDistribution: degrees,
  };
}

function timedDistances(graph: CoauthorGraph, budget: VisitBudget) {
  const started = performance.now();
  const { diameter, effectiveDiameter, averageDistance, pairs } = distanceProfile(graph, budget);
  return { diameter, effectiveDiameter, averageDistance, pairsAtDistance: pairs, seconds: (performance.now() - started) / 1000 };
}

function formatStatistics(data: string, stats: Statistics): string {
  const rows: [string, string][] = [
    ['papers', String(stats.papers)],
    ['authors', String(stats.authors)],
    ['authorships', String(stats.authorships)],
    ['coauthor pairs', String(stats.coauthorPairs)],
    ['components', String(stats.components)],
    ['largest component', `${stats.largestComponent} authors`],
    ['triangles', String(stats.triangles)],
    ['average clustering', stats.averageClustering.toFixed(4)],
    ['most coauthors', stats.mostCollaborative.map(({ name, coauthors }) => `${name} (${coauthors})`).join(', ')],
  ];
  const { distances } = stats;
  if (distances !== undefined) {
    rows.push(
      ['diameter', String(distances.diameter)],
      ['effective diameter', `${distances.effectiveDiameter.toFixed(2)} (90th percentile, interpolated)`],
      ['average distance', distances.averageDistance.toFixed(2)],
      ['distances took', `${distances.seconds.toFixed(1)} s`],
    );
  }
  return [`coauthor-graph stats: ${data}`, ...rows.map(([name, value]) => `  ${name.padEnd(20)}${value}`)].join('\n');
}
