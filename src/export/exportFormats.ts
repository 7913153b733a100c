import type { Network } from '../graph/algorithms/collaborationNetwork.ts';
import { toCsv } from './toCsv.ts';
import { toCytoscape } from './toCytoscape.ts';
import { toGexf } from './toGexf.ts';
import { toGraphml } from './toGraphml.ts';

/** A file format `coauthor-graph export` writes. */
export interface ExportFormat {
  readonly name: string;
  readonly description: string;
  /** The whole file's text. */
  write(network: Network): string;
}

/** Every export format, in the order `--help` lists them. */
export const exportFormats: readonly ExportFormat[] = [
  { name: 'graphml', description: 'GraphML for Gephi, Cytoscape, yEd, NetworkX', write: toGraphml },
  { name: 'gexf', description: 'GEXF 1.2, Gephi’s own format', write: toGexf },
  {
    name: 'cytoscape',
    description: 'Cytoscape.js JSON: {"elements": {nodes, edges}}',
    write: (network) => `${JSON.stringify({ elements: toCytoscape(network) })}\n`,
  },
  { name: 'csv', description: 'edge list: Source, Target, Weight, FirstYear, LastYear, labels', write: toCsv },
];
