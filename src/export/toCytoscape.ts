import type { Network } from '../graph/algorithms/collaborationNetwork.ts';
import { exportRows } from './exportRows.ts';

type ElementData = Readonly<Record<string, string | number>>;

/** Cytoscape.js elements: what `cytoscape({ elements })` takes and `cy.json().elements` gives. */
export interface CytoscapeElements {
  readonly nodes: readonly { readonly data: ElementData }[];
  readonly edges: readonly { readonly data: ElementData }[];
}

/**
 * The network as Cytoscape.js elements, absent values left out; the file
 * `export --format cytoscape` writes is `{ "elements": … }`, which Cytoscape
 * desktop imports as Cytoscape.js JSON and `cytoscape({ ...json })` loads.
 *
 * @example cytoscape({ headless: true, elements: toCytoscape(network) }).nodes().length
 */
export function toCytoscape(network: Network): CytoscapeElements {
  const { nodes, edges } = exportRows(network);
  return { nodes: nodes.map(element), edges: edges.map(element) };
}

function element(row: object): { data: ElementData } {
  return { data: Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as ElementData };
}
