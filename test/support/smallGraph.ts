import { buildGraph } from '../../src/graph/store/buildGraph.ts';
import type { Author } from '../../src/graph/store/Author.ts';
import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';

/**
 * A graph of hand-made papers, one per byline, the first published on 1 Jan 2001,
 * the next in 2002 and so on; with `authorNamed` to look authors up.
 *
 * @example const [graph, author] = smallGraph([['A', 'B'], ['B', 'C']]);
 */
export function smallGraph(bylines: readonly (readonly string[])[]): [CoauthorGraph, (name: string) => Author] {
  const graph = buildGraph(
    bylines.map((authors, i) => ({ id: `p${i + 1}`, title: `Paper ${i + 1}`, published: `${2001 + i}-01-01`, year: 2001 + i, authors })),
  );
  const authorNamed = (name: string) => {
    const [author] = graph.authorsByName(name);
    if (author === undefined) throw new Error(`no author ${name} in the test graph`);
    return author;
  };
  return [graph, authorNamed];
}
