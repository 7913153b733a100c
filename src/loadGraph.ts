import { createIdentityResolver, type IdentitySettings } from './createIdentityResolver.ts';
import { buildGraphInSteps } from './graph/store/buildGraph.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { isSnapshotFile, readSnapshot } from './graph/store/snapshot/readSnapshot.ts';
import { runAtOnce } from './graph/store/steps/runAtOnce.ts';
import { runInSlices } from './graph/store/steps/runInSlices.ts';
import { readPaperFiles } from './ingest/readPaperFiles.ts';

/** How paper files become a graph: who is one person, and which bylines pair their authors. */
export interface GraphSettings extends IdentitySettings {
  /** Papers with more authors pair none of them; the graph's default when undefined. */
  readonly maxAuthorsPerPaper?: number | undefined;
}

/**
 * The graph `data` makes, for `serve` and the offline commands alike: read
 * back from a snapshot (`coauthor-graph snapshot`) when `data` is one, which
 * carries the settings it was built with; otherwise built from the paper
 * files with `settings`, at once or (`inSlices`, for a server that answers
 * its probes meanwhile) in slices between which the event loop turns.
 *
 * @example const graph = await loadGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact' });
 */
export async function loadGraph(
  data: readonly string[],
  format: string | undefined,
  settings: GraphSettings,
  { inSlices = false }: { readonly inSlices?: boolean } = {},
): Promise<CoauthorGraph> {
  if (data.length === 1 && format === undefined && (await isSnapshotFile(data[0]!))) return readSnapshot(data[0]!);
  const resolveIdentities = await createIdentityResolver(settings);
  const steps = buildGraphInSteps(await readPaperFiles(data, { format }), { resolveIdentities, maxAuthorsPerPaper: settings.maxAuthorsPerPaper });
  return inSlices ? runInSlices(steps) : runAtOnce(steps);
}
