import type { GraphSettings } from '../loadGraph.ts';
import { loadGraph } from '../loadGraph.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { unexpandedPapersWarning } from '../graph/store/unexpandedPapersWarning.ts';

/**
 * The graph `serve` would serve from `data` with the same settings, for the
 * offline commands; the papers too large to pair are named on stderr, as
 * `serve` names them.
 *
 * @example const graph = await loadCommandGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact', maxAuthorsPerPaper: 1000 });
 */
export async function loadCommandGraph(data: readonly string[], format: string | undefined, settings: GraphSettings): Promise<CoauthorGraph> {
  const graph = await loadGraph(data, format, settings);
  const warning = unexpandedPapersWarning(graph);
  if (warning !== undefined) console.error(warning);
  return graph;
}
