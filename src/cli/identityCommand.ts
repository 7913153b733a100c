import { buildGraph } from '../graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { writeFileSync } from 'node:fs';
import type { IdentityResolution, MergeScore } from '../graph/identity/IdentityResolver.ts';
import { readPaperFiles } from '../ingest/readPaperFiles.ts';
import { readIdentityOverrides } from '../ingest/readIdentityOverrides.ts';
import { createIdentityResolver } from '../createIdentityResolver.ts';
import { foldChanges } from '../curation/foldChanges.ts';
import { openSqliteStore } from '../journal/openSqliteStore.ts';
import type { Command } from './Command.ts';
import { DATA_FLAG, DATA_OPTION } from './dataOption.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { requiredFlag } from './requiredFlag.ts';

const USAGE = `Usage: coauthor-graph identity --data FILE… [--format NAME] [--identity-overrides FILE] [--json]
   or: coauthor-graph identity --store FILE --export-overrides OUT [--identity-overrides FILE]

Reports how author spellings were merged into people: every merge with the
rule that proposed it and the evidence that allowed it (for a name rule, the
score the evidence earned, part by part, and the threshold), and every near-miss
a rule proposed but the evidence or a constraint refused, with the reason.
Curators turn near-misses into overrides (a JSON file of "same" and
"distinct" groups, each with a reason).

  --data FILE…               papers to read, in any format import reads
  --format NAME              the format of FILE; detected when not given
  --identity-overrides FILE  curated same/distinct groups to apply
  --json                     print one JSON object instead of text
  --store FILE               with --export-overrides: the journal of a server
                             run with --store
  --export-overrides OUT     write the identity decisions made through the
                             API (merges, splits), over those of
                             --identity-overrides when given, as an
                             overrides file that --identity-overrides reads
  --help                     print this text`;

/** `coauthor-graph identity`: the merge report a curator writes overrides from. */
export const identityCommand: Command = {
  name: 'identity',
  summary: 'report which author spellings were merged, and the near-misses refused',
  usage: USAGE,
  async run(args) {
    const { values } = parseCommandArgs('identity', {
      args: [...args],
      options: {
        ...DATA_OPTION,
        format: { type: 'string' },
        'identity-overrides': { type: 'string' },
        json: { type: 'boolean' },
        store: { type: 'string' },
        'export-overrides': { type: 'string' },
      },
      strict: true,
    });
    if (values['export-overrides'] !== undefined) {
      const store = requiredFlag('identity', values.store, '--store FILE, the journal to export from');
      await exportOverrides(store, values['identity-overrides'], values['export-overrides']);
      return;
    }
    const files = requiredFlag('identity', values.data, DATA_FLAG);
    const records = await readPaperFiles(files, { format: values.format, compact: true });
    const data = files.join(', ');
    const resolution = (await createIdentityResolver({ identity: 'merge', identityOverrides: values['identity-overrides'] }))(records);
    // Build from the resolution already made, so the rules run once.
    const graph = buildGraph(records, { resolveIdentities: () => resolution });
    console.log(values.json === true ? JSON.stringify(identityReport(graph, resolution), null, 2) : formatReport(data, graph, resolution));
  },
};

/** Writes the journal's identity decisions, over a base overrides file's, in the overrides format. */
async function exportOverrides(file: string, base: string | undefined, out: string): Promise<void> {
  const store = openSqliteStore(file, { existing: true });
  try {
    const { overrides } = foldChanges(base === undefined ? { same: [], distinct: [] } : await readIdentityOverrides(base), await store.changes());
    writeFileSync(out, `${JSON.stringify(overrides, null, 2)}\n`);
    console.log(`coauthor-graph identity: wrote ${overrides.same.length} same and ${overrides.distinct.length} distinct groups to ${out}`);
  } finally {
    store.close();
  }
}

function identityReport(graph: CoauthorGraph, resolution: IdentityResolution) {
  const authors = Array.from({ length: graph.authorCount }, (_, index) => graph.author(index));
  const people = authors.filter((author) => author.identity.length > 0);
  return {
    spellings: new Set(authors.flatMap((author) => author.aliases.map((alias) => alias.name))).size,
    authors: graph.authorCount,
    merges: people.map((author) => ({
      name: author.name,
      aliases: author.aliases,
      identity: author.identity.map((merge) => {
        const score = resolution.scoreOf?.(merge);
        return score === undefined ? merge : { ...merge, score };
      }),
    })),
    nearMisses: resolution.nearMisses,
  };
}

function formatReport(data: string, graph: CoauthorGraph, resolution: IdentityResolution): string {
  const report = identityReport(graph, resolution);
  const joins = report.merges.flatMap((person) => person.identity);
  const byRule = new Map<string, number>();
  for (const { rule } of joins) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  const lines = [
    `coauthor-graph identity: ${data}`,
    `  ${report.spellings} spellings → ${report.authors} authors; ${report.merges.length} people merged in ${joins.length} joins` +
      (joins.length === 0 ? '' : ` (${[...byRule].map(([rule, count]) => `${rule} ${count}`).join(', ')})`) +
      `; ${report.nearMisses.length} near-misses`,
    '',
    'Merged:',
    ...report.merges.flatMap((person) => [
      `  ${person.name}`,
      ...person.identity.flatMap((merge) => [
        `    "${merge.spelling}" → "${merge.joinedTo}" [${merge.rule}]: ${merge.evidence}`,
        ...('score' in merge ? [`      ${formatScore(merge.score)}`] : []),
      ]),
    ]),
    '',
    'Near-misses (kept apart):',
    ...report.nearMisses.map((miss) => `  "${miss.spellings[0]}" / "${miss.spellings[1]}" [${miss.rule}]: ${miss.reason}`),
  ];
  if (report.nearMisses.length === 0) lines.push('  (none)');
  return lines.join('\n');
}

/** A join's score and every part of it, zero points included: "score 1.40 of 1.00 = coauthors 1.20 + venue 0 + …". */
function formatScore({ score, threshold, parts }: MergeScore): string {
  return `score ${score.toFixed(2)} of ${threshold.toFixed(2)} = ${parts.map(({ kind, points }) => `${kind} ${points === 0 ? '0' : points.toFixed(2)}`).join(' + ')}`;
}
