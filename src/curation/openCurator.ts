import { buildIndexedGraph } from '../buildIndexedGraph.ts';
import { createIdentityResolver, fileOverrides } from '../createIdentityResolver.ts';
import { isSnapshotFile } from '../graph/store/snapshot/isSnapshotFile.ts';
import { HeldRecords } from '../ingest/HeldRecords.ts';
import { openSqliteStore } from '../journal/openSqliteStore.ts';
import { type GraphSettings, readRecords } from '../loadGraph.ts';
import { coauthorAdjacency } from '../graph/store/coauthorAdjacency.ts';
import { readyToPatchBeside } from '../graph/store/delta/patchAdjacencyBeside.ts';
import { readyHeapMemory } from '../graph/store/readyHeapMemory.ts';
import { keepsFreedMemory } from '../relaunchWithHugePages.ts';
import type { ProgressLine } from '../progress/createProgressLine.ts';
import { changeAsDelta } from './changeAsDelta.ts';
import { Curator } from './Curator.ts';
import { WARM_UP_PAPERS, warmUpChanges } from './warmUpChanges.ts';

/**
 * The graph of the paper files `data` with the journal at `store` replayed
 * over it, and the curator that applies further changes. The records stay
 * in memory, since changes without a delta and compactions rebuild from
 * them; a snapshot file is refused, as it has none.
 *
 * @example const curator = await openCurator('curation.db', ['fixtures/seed.jsonl'], undefined, { identity: 'exact' });
 */
export async function openCurator(
  store: string,
  data: readonly string[],
  format: string | undefined,
  settings: GraphSettings,
  progress?: ProgressLine,
): Promise<Curator> {
  if (data.length === 1 && format === undefined && (await isSnapshotFile(data[0]!))) {
    throw new Error(`--store rebuilds the graph from paper files at every change, and ${data[0]} is a snapshot: serve the paper files it was made from`);
  }
  const records = new HeldRecords(await readRecords(data, format, progress));
  // Rebuilds after a change run while the server answers; only the start-up shows its progress.
  let starting = true;
  const overrides = await fileOverrides(settings);
  const curator = await Curator.open({
    records,
    overrides,
    store: openSqliteStore(store),
    build: async (papers, curated) =>
      buildIndexedGraph(papers, await createIdentityResolver(settings, curated), {
        inSlices: true,
        indexed: true,
        progress: starting ? progress : undefined,
        whileServing: !starting,
        maxAuthorsPerPaper: settings.maxAuthorsPerPaper,
      }),
    delta: (graph, change, curation, recordOf) => changeAsDelta(settings.identity, graph, change, curation, recordOf),
  });
  starting = false;
  // The change code optimised before the server says it serves, on a graph of its own; a graph no larger
  // than that one changes as fast at its first change.
  if (records.count > WARM_UP_PAPERS) await warmUpChanges(records, settings, overrides);
  // Memory for the first changes, made ready before the server says it serves: the adjacency's on its
  // thread, and meanwhile, where glibc keeps what is freed, twice what this thread's arrays hold (a change
  // writes most of the graph's anew, and the collector frees the last change's only after the next one).
  await Promise.all([
    readyToPatchBeside(coauthorAdjacency(curator.graph)),
    keepsFreedMemory(process.env) ? readyHeapMemory(2 * process.memoryUsage().arrayBuffers) : undefined,
  ]);
  return curator;
}
