import { type GraphSettings, type LoadOptions, loadGraph } from '../loadGraph.ts';
import { createProgressLine } from '../progress/createProgressLine.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { unexpandedPapersWarning } from '../graph/store/unexpandedPapersWarning.ts';

/**
 * The graph `serve` would serve from `data` with the same settings, for the
 * offline commands; the papers too large to pair are named on stderr, as
 * `serve` names them. On a terminal, a line shows how far the load is
 * while it lasts (see `createProgressLine`).
 *
 * @example const graph = await loadCommandGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact', maxAuthorsPerPaper: 1000 });
 */
export async function loadCommandGraph(
  data: readonly string[],
  format: string | undefined,
  settings: GraphSettings,
  { indexed }: Pick<LoadOptions, 'indexed'> = {},
): Promise<CoauthorGraph> {
  const progress = createProgressLine();
  const graph = await loadGraph(data, format, settings, { indexed, progress }).finally(() => progress.finish());
  const warning = unexpandedPapersWarning(graph);
  if (warning !== undefined) console.error(warning);
  return graph;
}
