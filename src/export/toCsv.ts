import type { Network } from '../graph/collaborationNetwork.ts';
import { exportRows } from './exportRows.ts';

const HEADER = ['Source', 'Target', 'Weight', 'FirstYear', 'LastYear', 'SourceLabel', 'TargetLabel'];

/**
 * The network's edges as a CSV edge list (RFC 4180) with the column names
 * Gephi's spreadsheet import recognises (Source, Target, Weight) and the
 * labels of both ends, for spreadsheets and pandas. Nodes without edges do
 * not appear.
 *
 * @example await writeFile('perez.csv', toCsv(network));
 */
export function toCsv(network: Network): string {
  const { nodes, edges } = exportRows(network);
  const label = new Map(nodes.map((node) => [node.id, node.label]));
  const rows = edges.map((edge) => [
    edge.source,
    edge.target,
    String(edge.weight),
    edge.firstYear === null ? '' : String(edge.firstYear),
    edge.lastYear === null ? '' : String(edge.lastYear),
    label.get(edge.source) ?? '',
    label.get(edge.target) ?? '',
  ]);
  return [HEADER, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
