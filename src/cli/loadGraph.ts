import { createIdentityResolver, type IdentitySettings } from '../createIdentityResolver.ts';
import { buildGraph } from '../graph/buildGraph.ts';
import type { CoauthorGraph } from '../graph/CoauthorGraph.ts';
import { unexpandedPapersWarning } from '../graph/unexpandedPapersWarning.ts';
import { readPaperFiles } from '../ingest/readPaperFiles.ts';

/** How the offline commands' usage and errors name their `--data` flag. */
export const DATA_FLAG = '--data FILE, the papers to read';

/** The `--data` option of the offline commands: repeatable, so several files make one graph as in `serve`. */
export const DATA_OPTION = { data: { type: 'string', multiple: true } } as const;

/**
 * The graph `serve` would build from `data` with the same identity settings
 * and byline bound, for the offline commands; the papers too large to pair
 * are named on stderr, as `serve` names them.
 *
 * @example const graph = await loadGraph(['../shared/data/snap/CA-GrQc.txt'], 'snap', { identity: 'exact', maxAuthorsPerPaper: 1000 });
 */
export async function loadGraph(
  data: readonly string[],
  format: string | undefined,
  settings: IdentitySettings & { readonly maxAuthorsPerPaper?: number | undefined },
): Promise<CoauthorGraph> {
  const resolveIdentities = await createIdentityResolver(settings);
  const graph = buildGraph(await readPaperFiles(data, { format }), { resolveIdentities, maxAuthorsPerPaper: settings.maxAuthorsPerPaper });
  const warning = unexpandedPapersWarning(graph);
  if (warning !== undefined) console.error(warning);
  return graph;
}
