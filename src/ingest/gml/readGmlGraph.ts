import type { IngestContext } from '../IngestContext.ts';
import { IngestError } from '../IngestError.ts';
import { admitRecord } from '../admitRecord.ts';
import { quote } from '../quote.ts';
import type { GmlList, GmlPair, GmlValue } from './GmlList.ts';

/** The nodes and edges of a GML `graph`, checked. */
export interface GmlGraph {
  /** Each node's author name (its label, else its id; numbered when nodes share a label), by node id, in file order. */
  readonly names: ReadonlyMap<number, string>;
  /** Every edge, in file order, both ends known node ids; repeats and reverse pairs included. */
  readonly edges: readonly GmlEdge[];
  /** The first edge that carries a weight (`value` or `weight`), which records cannot hold. */
  readonly firstWeight?: { readonly key: string; readonly line: number };
}

export interface GmlEdge {
  readonly source: number;
  readonly target: number;
  readonly line: number;
}

/** Edge keys GML writers use for a tie's strength: Newman's `value`, NetworkX's and igraph's `weight`. */
const WEIGHT_KEYS = ['value', 'weight'];

/**
 * The one `graph [ … ]` of a parsed GML file, as nodes and edges. A file
 * without exactly one graph, or with `directed` other than 0 or 1, throws an
 * `IngestError`. A node without an integer `id`, with an id already taken or
 * with a label that is not a name, and an edge whose `source` or `target` is
 * no node's id, go to `context.reject` at their line: strict, the read ends;
 * lenient, the node or edge is left out. Other keys (`graphics`, `Creator`,
 * …) are ignored; so is `directed`, because co-authorship is symmetric.
 *
 * @example
 * readGmlGraph(parseGml('graph [ node [ id 1 label "A" ] node [ id 2 ] edge [ source 2 target 1 ] ]', 'g.gml'), 'g.gml', context);
 * // { names: Map { 1 => 'A', 2 => '2' }, edges: [{ source: 2, target: 1, line: 1 }] }
 */
export function readGmlGraph(file: GmlList, path: string, context: IngestContext): GmlGraph {
  const graph = theGraph(file, path);
  const names = new Map<number, string>();
  const nodeLines = new Map<number, number>();
  for (const node of graph.filter(({ key }) => key === 'node')) {
    const read = admitRecord(context, () => readNode(node, path, nodeLines));
    if (read === undefined) continue;
    names.set(read.id, read.name);
    nodeLines.set(read.id, node.line);
  }
  numberHomonyms(names, nodeLines, context);
  const edges: GmlEdge[] = [];
  let firstWeight: GmlGraph['firstWeight'];
  for (const edge of graph.filter(({ key }) => key === 'edge')) {
    const read = admitRecord(context, () => readEdge(edge, path, names));
    if (read === undefined) continue;
    edges.push(read);
    firstWeight ??= listOf(edge, path).find(({ key }) => WEIGHT_KEYS.includes(key));
  }
  return firstWeight === undefined ? { names, edges } : { names, edges, firstWeight: { key: firstWeight.key, line: firstWeight.line } };
}

/**
 * Nodes are people in the source, so nodes that share a label (up to case
 * and spacing, as the graph compares names) must stay apart: each gets a
 * homonym number in node id order, as dblp writes "Manish Singh 0001", which
 * the graph shows as a disambiguator and never merges.
 */
function numberHomonyms(names: Map<number, string>, nodeLines: ReadonlyMap<number, number>, context: IngestContext): void {
  const idsByName = new Map<string, number[]>();
  for (const [id, name] of names) {
    const key = name.normalize('NFC').replace(/\s+/gu, ' ').toLowerCase();
    const ids = idsByName.get(key);
    if (ids === undefined) idsByName.set(key, [id]);
    else ids.push(id);
  }
  for (const ids of idsByName.values()) {
    if (ids.length === 1) continue;
    // Reported where the label repeats: at the second of its nodes in file order.
    const [label, line] = [names.get(ids[0]!)!, nodeLines.get(ids[1]!)!];
    ids.sort((a, b) => a - b);
    const numbered = ids.map((id, index) => `${names.get(id)!} ${String(index + 1).padStart(4, '0')}`);
    ids.forEach((id, index) => names.set(id, numbered[index]!));
    context.warn(
      line,
      `label ${quote(label)} names ${ids.length} nodes (ids ${ids.join(', ')}); they stay ${ids.length} authors, named ${numbered.map(quote).join(', ')}`,
    );
  }
}

/** The pairs of the file's only `graph` list, with `directed` checked. */
function theGraph(file: GmlList, path: string): GmlList {
  const graphs = file.filter(({ key }) => key === 'graph');
  if (graphs.length === 0) throw new IngestError(path, 1, 'expected a "graph [ … ]" list, found none');
  if (graphs.length > 1) {
    throw new IngestError(path, graphs[1]!.line, `expected one "graph [ … ]" list, got a second one (the first is at line ${graphs[0]!.line})`);
  }
  const graph = listOf(graphs[0]!, path);
  for (const { value, line } of graph.filter(({ key }) => key === 'directed')) {
    if (value.type !== 'integer' || (value.value !== 0 && value.value !== 1)) {
      throw new IngestError(path, line, `expected "directed" to be 0 or 1, got ${describe(value)}`);
    }
  }
  return graph;
}

function readNode(node: GmlPair, path: string, nodeLines: ReadonlyMap<number, number>): { id: number; name: string } {
  const pairs = listOf(node, path);
  const id = integerOf(pairs, 'id', node, path);
  const earlier = nodeLines.get(id);
  if (earlier !== undefined) throw new IngestError(path, node.line, `expected each node id once, got id ${id} again (first at line ${earlier})`);
  const label = only(pairs, 'label', node, path);
  if (label === undefined) return { id, name: String(id) };
  const { value } = label;
  if (value.type !== 'string' || value.value.trim() === '' || value.value.trim() !== value.value) {
    throw new IngestError(path, label.line, `expected "label" to be a name in quotes, without surrounding spaces, got ${describe(value)}`);
  }
  return { id, name: value.value };
}

function readEdge(edge: GmlPair, path: string, names: ReadonlyMap<number, string>): GmlEdge {
  const pairs = listOf(edge, path);
  const [source, target] = (['source', 'target'] as const).map((end) => {
    const id = integerOf(pairs, end, edge, path);
    if (!names.has(id)) {
      const line = only(pairs, end, edge, path)?.line ?? edge.line;
      throw new IngestError(path, line, `expected "${end}" to be a node id, got ${id}: no node has id ${id}`);
    }
    return id;
  });
  return { source: source!, target: target!, line: edge.line };
}

/** The integer value of `key`, which must occur exactly once in `pairs`. */
function integerOf(pairs: GmlList, key: string, owner: GmlPair, path: string): number {
  const pair = only(pairs, key, owner, path);
  if (pair === undefined) throw new IngestError(path, owner.line, `expected "${owner.key}" to have an integer "${key}", found none`);
  if (pair.value.type !== 'integer') throw new IngestError(path, pair.line, `expected "${key}" to be an integer, got ${describe(pair.value)}`);
  return pair.value.value;
}

/** The pair for `key` in `pairs`, if there is one; a second is an error. */
function only(pairs: GmlList, key: string, owner: GmlPair, path: string): GmlPair | undefined {
  const found = pairs.filter((pair) => pair.key === key);
  if (found.length > 1) {
    throw new IngestError(path, found[1]!.line, `expected one "${key}" in "${owner.key}" (line ${owner.line}), got a second one`);
  }
  return found[0];
}

function listOf(pair: GmlPair, path: string): GmlList {
  if (pair.value.type !== 'list') throw new IngestError(path, pair.line, `expected "${pair.key}" to be a list "[ … ]", got ${describe(pair.value)}`);
  return pair.value.value;
}

function describe(value: GmlValue): string {
  if (value.type === 'list') return 'a list';
  if (value.type === 'string') return `the string ${quote(value.value)}`;
  return `the number ${value.value}`;
}
