import type { PaperFormat } from '../PaperFormat.ts';
import { readTextFile } from '../readTextFile.ts';
import { parseGml } from './parseGml.ts';
import { readGmlGraph } from './readGmlGraph.ts';

/** A `graph [` at the start of a line, which every GML file has after its optional header keys. */
const GRAPH_START = /^[ \t]*graph\s*\[/mu;

/**
 * GML (`.gml`), as Newman's co-authorship networks are distributed
 * (netscience, hep-th, cond-mat, …). Like a SNAP pair list it has no papers:
 * each unordered pair of two different nodes joined by an edge becomes one
 * two-author record, a node joined to itself one single-author record, and
 * so does a node without edges, so that every node is an author. Repeated
 * edges, including the reverse pair of a `directed 1` graph, are dropped.
 * Authors are the node labels (the node id when a node has none).
 *
 * Ids are `gml:<a>-<b>` with node ids a < b (`gml:<a>` for a single
 * author), so the graph's ids do not depend on the order of the file. An
 * edge weight (`value`, `weight`) cannot be held by a record: it is dropped
 * with one warning per file, and every pair counts one collaboration.
 *
 * @example
 * // 'graph [ node [ id 2 label "B" ] node [ id 1 label "A" ] node [ id 3 ] edge [ source 2 target 1 value 0.5 ] ]' gives
 * // { id: 'gml:1-2', authors: ['A', 'B'] } and { id: 'gml:3', authors: ['3'] }
 */
export const gmlFormat: PaperFormat = {
  name: 'gml',
  description: 'GML network: nodes labelled with author names, an edge per coauthor pair',
  extensions: ['.gml'],
  looksLike: (head) => GRAPH_START.test(head),
  async *read(path, context) {
    const text = await readTextFile(path);
    context.progress(Buffer.byteLength(text));
    const { names, edges, firstWeight } = readGmlGraph(parseGml(text, path), path, context);
    if (firstWeight !== undefined) {
      context.warn(
        firstWeight.line,
        `edge weights ("${firstWeight.key}") are not kept: each coauthor pair becomes one record, so every pair counts one collaboration`,
      );
    }
    const seen = new Set<string>();
    const paired = new Set<number>();
    for (const { source, target } of edges) {
      const [low, high] = source <= target ? [source, target] : [target, source];
      const id = low === high ? `gml:${low}` : `gml:${low}-${high}`;
      if (seen.has(id)) continue;
      seen.add(id);
      paired.add(low).add(high);
      yield { id, authors: low === high ? [names.get(low)!] : [names.get(low)!, names.get(high)!] };
    }
    for (const [node, name] of names) {
      if (!paired.has(node)) yield { id: `gml:${node}`, authors: [name] };
    }
  },
};
