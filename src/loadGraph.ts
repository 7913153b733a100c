import { statSync } from 'node:fs';
import { createIdentityResolver, type IdentitySettings } from './createIdentityResolver.ts';
import type { IdentityResolution, IdentityResolver } from './graph/identity/IdentityResolver.ts';
import { searchIndex } from './graph/search/searchIndex.ts';
import { buildGraphInSteps } from './graph/store/buildGraph.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { authorsByPaperCount } from './graph/store/authorsByPaperCount.ts';
import { coauthorAdjacency } from './graph/store/coauthorAdjacency.ts';
import { paperOrders } from './graph/store/paperOrders.ts';
import { isSnapshotFile, readSnapshot } from './graph/store/snapshot/readSnapshot.ts';
import { runAtOnce } from './graph/store/steps/runAtOnce.ts';
import { runInSlices } from './graph/store/steps/runInSlices.ts';
import type { Steps } from './graph/store/steps/Steps.ts';
import type { PaperRecord } from './ingest/PaperRecord.ts';
import { readPaperFiles } from './ingest/readPaperFiles.ts';
import { graphBounds } from './limits/graphBounds.ts';
import type { ProgressLine } from './progress/createProgressLine.ts';
import { stepsInPhase } from './progress/stepsInPhase.ts';

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
  { inSlices = false, indexed = false, progress }: LoadOptions = {},
): Promise<CoauthorGraph> {
  const run = <T>(steps: Steps<T>): T | Promise<T> => (inSlices ? runInSlices(steps) : runAtOnce(steps));
  const graph = await readGraph(data, format, settings, run, progress);
  if (indexed) {
    await run(
      (function* () {
        yield* stepsInPhase(coauthorAdjacency.inSteps(graph), 'building the coauthor adjacency', progress);
        yield* stepsInPhase(searchIndex.inSteps(graph), 'building the search index', progress);
        yield* stepsInPhase(paperOrders.inSteps(graph), 'ordering papers by date and title', progress);
        yield* stepsInPhase(authorsByPaperCount.inSteps(graph), 'ordering authors by paper count', progress);
        yield* stepsInPhase(graphBounds.inSteps(graph), 'measuring the longest lists', progress);
      })(),
    );
  }
  return graph;
}

async function readGraph(
  data: readonly string[],
  format: string | undefined,
  settings: GraphSettings,
  run: <T>(steps: Steps<T>) => T | Promise<T>,
  progress: ProgressLine | undefined,
): Promise<CoauthorGraph> {
  if (data.length === 1 && format === undefined && (await isSnapshotFile(data[0]!))) {
    progress?.phase(`checking ${data[0]!}`, sizeOf(data[0]!));
    return readSnapshot(data[0]!, { onProgress: (bytes) => progress?.update(bytes) });
  }
  const resolveIdentities = await createIdentityResolver(settings);
  let reading: string | undefined;
  const onProgress = (file: string, bytes: number): void => {
    if (file !== reading) progress?.phase(`reading ${(reading = file)}`, sizeOf(file));
    progress?.update(bytes);
  };
  const records = await readPaperFiles(data, { format, onProgress, compact: true });
  const steps = buildGraphInSteps(records, {
    resolveIdentities: progress === undefined ? resolveIdentities : inPhases(resolveIdentities, progress),
    maxAuthorsPerPaper: settings.maxAuthorsPerPaper,
  });
  // The build orders the papers before it resolves identities; the resolver announces the phases from there.
  return run(stepsInPhase(steps, 'ordering papers', progress));
}

/** `resolver`, announcing on `progress` that identities are being resolved and, once they are, that the graph is being built. */
function inPhases(resolver: IdentityResolver, progress: ProgressLine): IdentityResolver {
  function* inSteps(records: readonly PaperRecord[]): Steps<IdentityResolution> {
    const resolution = yield* stepsInPhase(resolver.inSteps?.(records) ?? atOnce(() => resolver(records)), 'resolving identities', progress);
    progress.phase('building the graph');
    return resolution;
  }
  return Object.assign((records: readonly PaperRecord[]) => resolver(records), { inSteps });
}

function* atOnce<T>(compute: () => T): Steps<T> {
  return compute();
}

function sizeOf(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
