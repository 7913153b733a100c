import { escapeXml } from '../../src/export/escapeXml.ts';
import type { DrawnNode } from './ExplorerState.ts';

/** A drawn tie: its ends' keys and the papers the two share. */
export interface DrawnEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/**
 * The drawn network as GraphML, as Gephi, Cytoscape, yEd and NetworkX read
 * it: label, paper count and distance on each author (-1 for a path author
 * outside the network), the shared-paper count as each tie's `weight`.
 *
 * @example new Blob([drawingToGraphml(view.nodes(), view.edges())], { type: 'application/xml' })
 */
export function drawingToGraphml(nodes: readonly DrawnNode[], edges: readonly DrawnEdge[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="paperCount" for="node" attr.name="paperCount" attr.type="int"/>',
    '  <key id="distance" for="node" attr.name="distance" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="coauthors" edgedefault="undirected">',
    ...nodes.map(
      (node) =>
        `    <node id="${escapeXml(node.key)}"><data key="label">${escapeXml(node.label)}</data>` +
        `<data key="paperCount">${node.paperCount}</data><data key="distance">${node.distance}</data></node>`,
    ),
    ...edges.map(
      (edge, i) =>
        `    <edge id="e${i}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}"><data key="weight">${edge.weight}</data></edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
