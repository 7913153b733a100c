import type { Author } from '../graph/store/Author.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';

/**
 * The author whose spellings include `spelling` exactly.
 *
 * @example holderOf(graph, 'Timothy Maxwell')?.name // 'Tim Maxwell' once merged
 */
export function holderOf(graph: CoauthorGraph, spelling: string): Author | undefined {
  return graph.authorsByName(spelling).find((author) => author.aliases.some((alias) => alias.name === spelling));
}
