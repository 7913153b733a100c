import { buildGraph } from '../graph/buildGraph.ts';
import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import { readPaperFile } from '../ingest/readPaperFile.ts';

/** How the offline commands' usage and errors name their `--data` flag. */
export const DATA_FLAG = '--data FILE, the papers to read';

/**
 * The graph `serve` would build from `data`, for the offline commands.
 *
 * @example const graph = await loadGraph('../shared/data/snap/CA-GrQc.txt', 'snap');
 */
export async function loadGraph(data: string, format: string | undefined): Promise<CoauthorGraph> {
  return buildGraph(await readPaperFile(data, { format }));
}
