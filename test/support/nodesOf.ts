import type { Author } from '../../src/graph/store/Author.ts';
import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import type { Paper } from '../../src/graph/store/Paper.ts';

/**
 * Every author and every paper of `graph`, in index order: a test's view
 * of the whole graph, which the graph itself never holds as nodes.
 *
 * @example nodesOf(graph).authors.map((author) => author.name)
 */
export function nodesOf(graph: CoauthorGraph): { authors: Author[]; papers: Paper[] } {
  return {
    authors: Array.from({ length: graph.authorCount }, (_, index) => graph.author(index)),
    papers: Array.from({ length: graph.paperCount }, (_, index) => graph.paper(index)),
  };
}
