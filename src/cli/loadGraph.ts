import { createIdentityResolver, type IdentitySettings } from '../createIdentityResolver.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import { readPaperFile } from '../ingest/readPaperFile.ts';

/** How the offline commands' usage and errors name their `--data` flag. */
export const DATA_FLAG = '--data FILE, the papers to read';

/**
 * The graph `serve` would build from `data` with the same identity settings,
 * for the offline commands.
 *
 * @example const graph = await loadGraph('../shared/data/snap/CA-GrQc.txt', 'snap', { identity: 'exact' });
 */
export async function loadGraph(data: string, format: string | undefined, identity: IdentitySettings): Promise<CoauthorGraph> {
  const resolveIdentities = await createIdentityResolver(identity);
  return buildGraph(await readPaperFile(data, { format }), { resolveIdentities });
}
