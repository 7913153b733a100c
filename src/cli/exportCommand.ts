import { writeFile } from 'node:fs/promises';
import { collaborationNetwork } from '../graph/algorithms/collaborationNetwork.ts';
import { VisitBudget } from '../graph/algorithms/VisitBudget.ts';
import { exportFormats } from '../export/exportFormats.ts';
import { systemErrorReason } from '../ingest/systemErrorReason.ts';
import type { Command } from './Command.ts';
import { findAuthor } from './findAuthor.ts';
import { BYLINE_OPTIONS, BYLINE_USAGE, maxAuthorsPerPaper } from './bylineFlags.ts';
import { IDENTITY_OPTIONS, IDENTITY_USAGE, identitySettings } from './identityFlags.ts';
import { DATA_FLAG, DATA_OPTION } from './dataOption.ts';
import { loadCommandGraph } from './loadCommandGraph.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { requiredFlag } from './requiredFlag.ts';
import { seeHelp } from './seeHelp.ts';

const FORMATS = exportFormats.map((format) => `  ${format.name.padEnd(10)} ${format.description}`).join('\n');

const USAGE = `Usage: coauthor-graph export --format FORMAT --data FILE… [--from NAME]
         [--center AUTHOR… [--depth N] [--max-nodes N]] [--min-collaborations N]
         [--include-papers] [--out FILE]

Writes the co-authorship graph of a paper file, or the network around some
authors as the API's \`network\` query selects it, for drawing tools.

  --format FORMAT         the file format to write (see below)
  --data FILE…            papers to read, in any format import reads
  --from NAME             the format of FILE; detected when not given
  --center AUTHOR         an author at the center: an id from the API or a
                          name; repeat for several. Without it, the whole graph
  --depth N               collaboration steps from the centers (default 1)
  --max-nodes N           the most authors to keep, nearest and most strongly
                          tied first (default: all within --depth)
  --min-collaborations N  leave out ties of fewer shared papers (default 1)
  --include-papers        authors and their papers instead of coauthor ties
  --out FILE              where to write (default: standard output)
  --help                  print this text

Author identity:
${IDENTITY_USAGE}
${BYLINE_USAGE}

Formats:
${FORMATS}`;

/** `coauthor-graph export`: the whole graph or a network selection as GraphML, GEXF, Cytoscape.js JSON or CSV. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph, or the network around authors, as GraphML, GEXF, Cytoscape JSON or CSV',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandArgs('export', {
      args: [...args],
      options: {
        format: { type: 'string' },
        ...DATA_OPTION,
        from: { type: 'string' },
        center: { type: 'string', multiple: true },
        depth: { type: 'string' },
        'max-nodes': { type: 'string' },
        'min-collaborations': { type: 'string' },
        'include-papers': { type: 'boolean' },
        out: { type: 'string' },
        ...IDENTITY_OPTIONS, ...BYLINE_OPTIONS,
      },
      strict: true,
    });
    const format = exportFormats.find((candidate) => candidate.name === values.format?.toLowerCase());
    if (format === undefined) {
      const names = exportFormats.map((candidate) => candidate.name).join(', ');
      throw new Error(`${values.format === undefined ? 'missing --format' : `unknown --format "${values.format}"`}; the formats are ${names}`);
    }
    const files = requiredFlag('export', values.data, DATA_FLAG);
    const centered = values.center !== undefined;
    if (!centered && (values.depth !== undefined || values['max-nodes'] !== undefined)) {
      throw new Error(`--depth and --max-nodes choose a network around --center authors; give --center too; ${seeHelp('export')}`);
    }
    const depth = count('--depth', values.depth, 0) ?? 1;
    const maxNodes = count('--max-nodes', values['max-nodes'], 1) ?? Number.POSITIVE_INFINITY;
    const minCollaborations = count('--min-collaborations', values['min-collaborations'], 1) ?? 1;

    const graph = await loadCommandGraph(files, values.from, { ...identitySettings(values), maxAuthorsPerPaper: maxAuthorsPerPaper(values) });
    const centers = centered ? values.center!.map((text) => findAuthor(graph, text)) : Array.from({ length: graph.authorCount }, (_, index) => graph.author(index));
    // The whole graph is every author as a center, zero steps out.
    const network = collaborationNetwork(graph, centers, {
      depth: centered ? depth : 0,
      maxNodes,
      minCollaborations,
      includePapers: values['include-papers'] === true,
      budget: VisitBudget.unlimited(),
    });
    const text = format.write(network);
    if (values.out === undefined) {
      process.stdout.write(text);
      return;
    }
    try {
      await writeFile(values.out, text);
    } catch (error) {
      throw new Error(`cannot write ${values.out}: ${systemErrorReason(error)}`, { cause: error });
    }
    const authors = network.nodes.filter((node) => node.kind === 'author').length;
    console.log(
      `coauthor-graph export: ${authors} authors, ${network.nodes.length - authors} papers, ${network.edges.length} edges` +
        `${network.truncated ? ' (truncated by --max-nodes)' : ''}; wrote ${values.out}`,
    );
  },
};

/** A whole-number flag of at least `min`, or undefined when absent. */
function count(flag: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value < min) throw new Error(`${flag} must be a whole number of at least ${min}, got "${text}"`);
  return value;
}
