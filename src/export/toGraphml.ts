import type { Network } from '../graph/algorithms/collaborationNetwork.ts';
import { escapeXml } from './escapeXml.ts';
import { EDGE_ATTRIBUTES, exportRows, NODE_ATTRIBUTES } from './exportRows.ts';

/**
 * The network as GraphML (graphml.graphdrawing.org), as Gephi, Cytoscape,
 * yEd and NetworkX read it: every attribute declared as a `<key>` before the
 * graph, undirected edges, the shared-paper count as `weight`.
 *
 * @example await writeFile('perez.graphml', toGraphml(network));
 */
export function toGraphml(network: Network): string {
  const { nodes, edges } = exportRows(network);
  const data = (name: string, value: string | number | null) =>
    value === null ? '' : `<data key="${name}">${escapeXml(String(value))}</data>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...NODE_ATTRIBUTES.map(({ name, type }) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...EDGE_ATTRIBUTES.map(({ name, type }) => `  <key id="${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="coauthors" edgedefault="undirected">',
    ...nodes.map(
      (node) =>
        `    <node id="${escapeXml(node.id)}">${data('label', node.label)}${NODE_ATTRIBUTES.map(({ name }) => data(name, node[name])).join('')}</node>`,
    ),
    ...edges.map(
      (edge) =>
        `    <edge id="${edge.id}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">` +
        `${EDGE_ATTRIBUTES.map(({ name }) => data(name, edge[name])).join('')}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
