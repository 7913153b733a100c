import { statSync } from 'node:fs';
import { buildIndexedGraph, index } from './buildIndexedGraph.ts';
import { createIdentityResolver, type IdentitySettings } from './createIdentityResolver.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { isSnapshotFile } from './graph/store/snapshot/isSnapshotFile.ts';
import { readSnapshot } from './graph/store/snapshot/readSnapshot.ts';
import { runAtOnce } from './graph/store/steps/runAtOnce.ts';
import { runInSlices } from './graph/store/steps/runInSlices.ts';
import type { PaperRecord } from './ingest/PaperRecord.ts';
import { readPaperFiles } from './ingest/readPaperFiles.ts';
import type { ProgressLine } from './progress/createProgressLine.ts';

/** How paper files become a graph: who is one person, and which bylines pair their authors. */
export interface GraphSettings extends IdentitySettings {
  /** Papers with more authors pair none of them; the graph's default when undefined. */
  readonly maxAuthorsPerPaper?: number | undefined;
}

export interface LoadOptions {
  /** In slices between which the event loop turns, for a server that answers its probes meanwhile; else at once. */
  readonly inSlices?: boolean;
  /** The coauthor adjacency, the search index, the paper and author orders and the cost bounds built now, not by the first request that needs them. */
  readonly indexed?: boolean;
  /** Where to show each phase of the load and how far it is. */
  readonly progress?: ProgressLine | undefined;
  /**
   * Threads the load may keep busy, the machine's cores when undefined:
   * from two, a large JSON Lines file is read on two threads, the
   * spellings screened for homonyms on two, and the coauthor adjacency
   * built beside the other indexes. A server whose
   * processes load side by side gives each its share of the cores, which
   * more threads would only contend for.
   */
  readonly threads?: number | undefined;
}

/**
 * The graph `data` makes, for `serve` and the offline commands alike: read
 * back from a snapshot (`coauthor-graph snapshot`) when `data` is one, which
 * carries the settings it was built with; otherwise built from the paper
 * files with `settings`, at once or in slices (see `LoadOptions`).
 *
 * @example const graph = await loadGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact' });
 */
export async function loadGraph(
  data: readonly string[],
  format: string | undefined,
  settings: GraphSettings,
  { inSlices = false, indexed = false, progress, threads }: LoadOptions = {},
): Promise<CoauthorGraph> {
  if (data.length === 1 && format === undefined && (await isSnapshotFile(data[0]!))) {
    progress?.phase(`checking ${data[0]!}`, sizeOf(data[0]!));
    const graph = await readSnapshot(data[0]!, { onProgress: (bytes) => progress?.update(bytes) });
    if (indexed) await index(graph, inSlices ? runInSlices : runAtOnce, progress);
    return graph;
  }
  const resolveIdentities = await createIdentityResolver({ ...settings, threads });
  const records = await readRecords(data, format, progress, threads);
  return buildIndexedGraph(records, resolveIdentities, { inSlices, indexed, progress, maxAuthorsPerPaper: settings.maxAuthorsPerPaper, threads });
}

/**
 * The records of the paper files `data`, held compactly, showing on
 * `progress` which file is being read and how far.
 *
 * @example const records = await readRecords(['fixtures/seed.jsonl'], undefined, undefined);
 */
export function readRecords(
  data: readonly string[],
  format: string | undefined,
  progress: ProgressLine | undefined,
  threads?: number,
): Promise<readonly PaperRecord[]> {
  let reading: string | undefined;
  const onProgress = (file: string, bytes: number): void => {
    if (file !== reading) progress?.phase(`reading ${(reading = file)}`, sizeOf(file));
    progress?.update(bytes);
  };
  return readPaperFiles(data, { format, onProgress, compact: true, twoThreads: threads !== undefined && threads < 2 ? false : undefined });
}

function sizeOf(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
