import { performance } from 'node:perf_hooks';
import { writeSnapshot } from '../graph/store/snapshot/writeSnapshot.ts';
import { loadCommandGraph } from './loadCommandGraph.ts';
import type { Command } from './Command.ts';
import { BYLINE_OPTIONS, BYLINE_USAGE, maxAuthorsPerPaper } from './bylineFlags.ts';
import { DATA_FLAG, DATA_OPTION } from './dataOption.ts';
import { IDENTITY_OPTIONS, IDENTITY_USAGE, identitySettings } from './identityFlags.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { requiredFlag } from './requiredFlag.ts';

const USAGE = `Usage: coauthor-graph snapshot --data FILE… [--format NAME] [--identity …] --out FILE

Builds the graph of paper files as serve does and writes it as a binary
snapshot: the graph's arrays and tables with a version and a checksum.
serve --data FILE (and stats, export) read a snapshot back without parsing
the sources, resolving identities or building the coauthor adjacency, so
replicas start from it in seconds: build once, start many. A truncated,
corrupt or other-version snapshot is refused with an error.

  --data FILE…   papers to read, in any format import reads
  --format NAME  the format of FILE; detected when not given
  --out FILE     where to write the snapshot (written beside it, then moved
                 into place)
  --help         print this text

Author identity and bylines (kept in the snapshot):
${IDENTITY_USAGE}
${BYLINE_USAGE}`;

/** `coauthor-graph snapshot`: the built graph as a binary file that serve loads without rebuilding. */
export const snapshotCommand: Command = {
  name: 'snapshot',
  summary: 'build the graph once and write it as a binary snapshot that serve loads in seconds',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandArgs('snapshot', {
      args: [...args],
      options: { ...DATA_OPTION, format: { type: 'string' }, out: { type: 'string' }, ...IDENTITY_OPTIONS, ...BYLINE_OPTIONS },
      strict: true,
    });
    const files = requiredFlag('snapshot', values.data, DATA_FLAG);
    const out = requiredFlag('snapshot', values.out, '--out FILE, where to write the snapshot');
    const started = performance.now();
    const settings = { ...identitySettings(values), maxAuthorsPerPaper: maxAuthorsPerPaper(values) };
    // Indexed while the load shows its progress; the snapshot holds the adjacency and the index.
    const graph = await loadCommandGraph(files, values.format, settings, { indexed: true });
    const bytes = await writeSnapshot(graph, out);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `coauthor-graph snapshot: ${graph.paperCount} papers, ${graph.authorCount} authors, ${graph.authorshipCount} authorships; ` +
        `wrote ${out} (${(bytes / 1e6).toFixed(1)} MB) in ${seconds} s`,
    );
  },
};
