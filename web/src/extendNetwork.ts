import type { NetworkResult } from './graphql/uncachedQueries.ts';

/** An undirected tie's key, the same whichever end is named first. */
function tieKey(source: string, target: string): string {
  return source < target ? `${source} ${target}` : `${target} ${source}`;
}

/**
 * The drawn network with `addition`, the network around one of its authors
 * (`around`), merged in: the authors not drawn yet follow the drawn ones,
 * their distance counted from the center through `around` (its own distance
 * plus theirs from it), then the ties not drawn yet. Throws when `around` is
 * not in the drawn network, since nothing would tie the addition to it.
 *
 * @example extendNetwork(drawn, aroundAmanda, amandaId) // drawn, then Amanda's coauthors not in it at distance 2
 */
export function extendNetwork(network: NetworkResult, addition: NetworkResult, around: string): NetworkResult {
  const base = network.nodes.find((node) => node.key === around);
  if (base === undefined) throw new Error(`The author ${around} is not in the drawn network, so their coauthors cannot be added to it.`);
  const drawn = new Set(network.nodes.map((node) => node.key));
  const tied = new Set(network.edges.map((edge) => tieKey(edge.source, edge.target)));
  return {
    truncated: network.truncated || addition.truncated,
    nodes: [...network.nodes, ...addition.nodes.filter((node) => !drawn.has(node.key)).map((node) => ({ ...node, distance: base.distance + node.distance }))],
    edges: [...network.edges, ...addition.edges.filter((edge) => !tied.has(tieKey(edge.source, edge.target)))],
  };
}
