import type { Network, NetworkNode } from '../graph/algorithms/collaborationNetwork.ts';

/** A node as every export format writes it. */
export interface ExportNode {
  /** `author:<author id>` or `paper:<paper id>`: stable across runs, unique across both kinds. */
  readonly id: string;
  readonly label: string;
  readonly kind: 'author' | 'paper';
  /** Collaboration steps from the nearest center (0 for every author of a whole-graph export). */
  readonly distance: number;
  /** Authors only: papers written in the whole graph. */
  readonly paperCount: number | null;
  /** Papers only: authors on the byline. */
  readonly authorCount: number | null;
  /** Papers only: the publication year, where known. */
  readonly year: number | null;
}

/** The attributes of nodes and edges besides ids, in the order files declare them; absent values (null) are left out. */
export const NODE_ATTRIBUTES = [
  { name: 'kind', type: 'string' },
  { name: 'distance', type: 'int' },
  { name: 'paperCount', type: 'int' },
  { name: 'authorCount', type: 'int' },
  { name: 'year', type: 'int' },
] as const satisfies readonly { name: keyof ExportNode; type: 'string' | 'int' }[];

export const EDGE_ATTRIBUTES = [
  { name: 'weight', type: 'int' },
  { name: 'firstYear', type: 'int' },
  { name: 'lastYear', type: 'int' },
] as const satisfies readonly { name: keyof ExportEdge; type: 'int' }[];

/** An edge as every export format writes it. */
export interface ExportEdge {
  /** `e<n>`, in the order of the network's edges. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly weight: number;
  readonly firstYear: number | null;
  readonly lastYear: number | null;
}

/**
 * The nodes and edges of a network flattened to the attributes the export
 * formats share, so that GraphML, GEXF, Cytoscape JSON and CSV agree.
 *
 * @example exportRows(network).nodes[0] // { id: 'author:3f…', label: 'Ethan Perez', kind: 'author', distance: 0, … }
 */
export function exportRows(network: Network): { nodes: ExportNode[]; edges: ExportEdge[] } {
  return {
    nodes: network.nodes.map((node): ExportNode =>
      node.kind === 'author'
        ? { id: exportId(node), label: node.author.name, kind: 'author', distance: node.distance, paperCount: node.author.paperCount, authorCount: null, year: null }
        : { id: exportId(node), label: node.paper.title ?? node.paper.id, kind: 'paper', distance: node.distance, paperCount: null, authorCount: node.paper.authorCount, year: node.paper.year },
    ),
    edges: network.edges.map((edge, n): ExportEdge => ({
      id: `e${n}`,
      source: exportId(edge.source),
      target: exportId(edge.target),
      weight: edge.weight,
      firstYear: edge.firstYear,
      lastYear: edge.lastYear,
    })),
  };
}

function exportId(node: NetworkNode): string {
  return node.kind === 'author' ? `author:${node.author.id}` : `paper:${node.paper.id}`;
}
