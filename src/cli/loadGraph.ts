import { createIdentityResolver, type IdentitySettings } from '../createIdentityResolver.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import { readPaperFiles } from '../ingest/readPaperFiles.ts';

/** How the offline commands' usage and errors name their `--data` flag. */
export const DATA_FLAG = '--data FILE, the papers to read';

/** The `--data` option of the offline commands: repeatable, so several files make one graph as in `serve`. */
export const DATA_OPTION = { data: { type: 'string', multiple: true } } as const;

/**
 * The graph `serve` would build from `data` with the same identity settings,
 * for the offline commands.
 *
 * @example const graph = await loadGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact' });
 */
export async function loadGraph(data: readonly string[], format: string | undefined, identity: IdentitySettings): Promise<CoauthorGraph> {
  const resolveIdentities = await createIdentityResolver(identity);
  return buildGraph(await readPaperFiles(data, { format }), { resolveIdentities });
}
