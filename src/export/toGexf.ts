import type { Network } from '../graph/algorithms/collaborationNetwork.ts';
import { escapeXml } from './escapeXml.ts';
import { EDGE_ATTRIBUTES, exportRows, NODE_ATTRIBUTES } from './exportRows.ts';

// GEXF names the integer type in full.
const GEXF_TYPE = { int: 'integer', string: 'string' } as const;

/**
 * The network as GEXF 1.2 (gexf.net), Gephi's own format: labels, declared
 * attributes, undirected edges weighted by shared papers.
 *
 * @example await writeFile('perez.gexf', toGexf(network));
 */
export function toGexf(network: Network): string {
  const { nodes, edges } = exportRows(network);
  const attvalues = (values: [string, string | number | null][]) => {
    const present = values.filter(([, value]) => value !== null);
    return present.length === 0
      ? ''
      : `<attvalues>${present.map(([name, value]) => `<attvalue for="${name}" value="${escapeXml(String(value))}"/>`).join('')}</attvalues>`;
  };
  // weight is GEXF's own edge attribute, not a declared one.
  const edgeAttributes = EDGE_ATTRIBUTES.filter(({ name }) => name !== 'weight');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
    '  <meta><creator>coauthor-graph</creator><description>Co-authorship network</description></meta>',
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    ...NODE_ATTRIBUTES.map(({ name, type }) => `      <attribute id="${name}" title="${name}" type="${GEXF_TYPE[type]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...edgeAttributes.map(({ name, type }) => `      <attribute id="${name}" title="${name}" type="${GEXF_TYPE[type]}"/>`),
    '    </attributes>',
    '    <nodes>',
    ...nodes.map(
      (node) =>
        `      <node id="${escapeXml(node.id)}" label="${escapeXml(node.label)}">` +
        `${attvalues(NODE_ATTRIBUTES.map(({ name }) => [name, node[name]]))}</node>`,
    ),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (edge) =>
        `      <edge id="${edge.id}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}" weight="${edge.weight}">` +
        `${attvalues(edgeAttributes.map(({ name }) => [name, edge[name]]))}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
