import { buildIndexedGraph } from '../buildIndexedGraph.ts';
import { createIdentityResolver } from '../createIdentityResolver.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { runInSlices } from '../graph/store/steps/runInSlices.ts';
import type { HeldRecords } from '../ingest/HeldRecords.ts';
import type { IdentityOverrides } from '../ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import type { GraphSettings } from '../loadGraph.ts';
import { changeAsDelta } from './changeAsDelta.ts';
import { foldChanges } from './foldChanges.ts';

/** The papers of the graph a warm-up changes: enough that each pass of a change runs long enough for V8 to optimise it (1.5 s in all, on the 1M set's first papers). */
export const WARM_UP_PAPERS = 20_000;

// A warm-up makes the changes a server mostly takes: a hundred papers added, each by an author of the graph
// and a new one, then two of the new authors merged; twice, as V8 optimises a function once it has run.
const ADDED_PAPERS = 100;
const ROUNDS = 2;

/**
 * Runs the changes a server takes, as deltas (see `changeAsDelta`), over
 * a graph of the first `papers` records, and returns the graph they make,
 * for the caller to let go: the first change a server takes on a large
 * graph otherwise runs its passes in code V8 has yet to optimise, while
 * the threads that optimise it compete for the cores with the change's
 * own (on the 1M set, in seven runs each, the first `addPapers` took 1.32 ×
 * the later ones on average, 1.14 × after a warm-up, about 0.1 s sooner).
 * Nothing here reaches the graph served or the journal.
 *
 * @example await warmUpChanges(records, { identity: 'exact' }, await fileOverrides(settings));
 */
export async function warmUpChanges(records: HeldRecords, settings: GraphSettings, overrides: IdentityOverrides, papers = WARM_UP_PAPERS): Promise<CoauthorGraph> {
  const first = Array.from({ length: Math.min(records.count, papers) }, (_, row) => records.at(row));
  let graph = await buildIndexedGraph(first, await createIdentityResolver(settings, overrides), { indexed: true, maxAuthorsPerPaper: settings.maxAuthorsPerPaper });
  // Authors of the graph as it was read: a curation (none here) would be needed to name one a change made.
  const names = Array.from({ length: Math.min(graph.authorCount, ADDED_PAPERS) }, (_, k) => graph.author(k).name);
  const curation = foldChanges(overrides, []);
  // Neither change reads a paper's record back (only removals, updates and splits do).
  const recordOf = (paper: number): PaperRecord => first[graph.parts.paperColumns.rows[paper]!]!;
  for (let round = 0; round < ROUNDS; round++) {
    const added = Array.from({ length: ADDED_PAPERS }, (_, k): PaperRecord => ({
      title: `Warm-up paper ${round}-${k}`,
      published: '2025-01-15',
      year: 2025,
      authors: [names[k % names.length]!, `Warm-up writer ${round}-${k}`],
    }));
    graph = await runInSlices(changeAsDelta(settings.identity, graph, { kind: 'addPapers', papers: added }, curation, recordOf).steps);
    const merged = [0, 1].map((k) => graph.authorsByName(added[k]!.authors[1]!)[0]!);
    const change = { kind: 'mergeAuthors', authors: merged.map(({ id, aliases }) => ({ id, spellings: aliases.map(({ name }) => name) })) } as const;
    graph = await runInSlices(changeAsDelta(settings.identity, graph, change, curation, recordOf).steps);
  }
  return graph;
}
