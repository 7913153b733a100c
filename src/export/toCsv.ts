import type { Network } from '../graph/algorithms/collaborationNetwork.ts';
import { exportRows } from './exportRows.ts';

const HEADER = ['Source', 'Target', 'Weight', 'FirstYear', 'LastYear', 'SourceLabel', 'TargetLabel'];

/**
 * The network's edges as a CSV edge list (RFC 4180) with the column names
 * Gephi's spreadsheet import recognises (Source, Target, Weight) and the
 * labels of both ends, for spreadsheets and pandas. Nodes without edges do
 * not appear. A label that a spreadsheet would take for a formula (it
 * starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`.
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

/** A cell a spreadsheet would run as a formula (OWASP's list of leading characters). */
const FORMULA_START = /^[=+\-@\t\r]/u;

function csvField(value: string): string {
  // A leading `'` makes the cell text; ids, weights and years never start so.
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
