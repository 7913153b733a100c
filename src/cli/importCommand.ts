import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { createIngestContext, type IngestContext, type IngestProblem, type IngestReport } from '../ingest/IngestContext.ts';
import { JsonLinesWriter } from '../ingest/jsonl/JsonLinesWriter.ts';
import { detectFormat } from '../ingest/detectFormat.ts';
import { findPaperFormat } from '../ingest/findPaperFormat.ts';
import { paperFormats } from '../ingest/paperFormats.ts';
import { type Input, type PlannedRead, planReads, readPlanned } from '../ingest/planReads.ts';
import { createProgressLine, type ProgressLine } from '../progress/createProgressLine.ts';
import type { Command } from './Command.ts';
import { cleanUpOnSignals } from './cleanUpOnSignals.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { plural } from './plural.ts';
import { requiredFlag } from './requiredFlag.ts';
import { seeHelp } from './seeHelp.ts';

const OUTPUT_EXTENSIONS = ['.jsonl', '.ndjson'];
const SHOWN_PROBLEMS = 10;

const FORMATS = paperFormats
  .map((format) => `  ${format.name.padEnd(8)} ${format.extensions.join(' ').padEnd(14)} ${format.description}`)
  .join('\n');

const USAGE = `Usage: coauthor-graph import [--from FORMAT] FILE… --out FILE.jsonl [--strict | --lenient]

Converts paper files to canonical JSON Lines, one record per line, for
serve --data. Records stream from the inputs to the output, so files of
any size convert in constant memory (SNAP pair lists remember the pairs
they have seen; a GML network is read whole). BibTeX files are read together, as one database. The
output is replaced only when the import succeeds; stopped by SIGINT or
SIGTERM, it leaves nothing behind and exits 130 or 143.

  --from FORMAT  the format of every FILE; detected from each file's name
                 and first bytes when not given
  --out FILE     where to write (.jsonl or .ndjson)
  --strict       stop at the first defective record, naming file:line (default)
  --lenient      skip defective records; count them and show the first ten
                 (an import that skips every record fails)
  --help         print this text

Formats:
${FORMATS}`;

interface ImportOptions {
  readonly files: readonly string[];
  readonly from: string | undefined;
  readonly out: string;
  readonly strict: boolean;
}

/**
 * `coauthor-graph import`: converts files in any supported format into one
 * canonical JSON Lines file and prints a summary with the first problems.
 */
export const importCommand: Command = {
  name: 'import',
  summary: 'convert paper files (arXiv, dblp, BibTeX, SNAP, …) to canonical JSON Lines',
  usage: USAGE,
  async run(args) {
    const options = parseImportArgs(args);
    // Every format is settled before anything is written, one file at a time to keep few files open.
    const inputs: Input[] = [];
    for (const file of options.files) {
      inputs.push({ file, format: options.from === undefined ? await detectFormat(file) : findPaperFormat(options.from) });
    }
    const writer = await JsonLinesWriter.create(options.out);
    const stopCleanUp = cleanUpOnSignals(() => writer.abandon());
    const reports: IngestReport[] = [];
    const progress = createProgressLine();
    let imported = 0;
    try {
      for (const read of planReads(inputs)) imported += await importFiles(read, options.strict, writer, reports, progress);
      const skipped = totalSkipped(reports);
      if (imported === 0 && skipped > 0) {
        const problems = reports.flatMap((report) => located(report, report.firstSkipped));
        throw new Error([`every record read was defective (${plural(skipped, 'record')} skipped); wrote nothing`, ...problemLines('skipped', skipped, problems)].join('\n'));
      }
      await writer.commit();
    } catch (error) {
      await writer.discard();
      throw error;
    } finally {
      progress.finish();
      stopCleanUp();
    }
    console.log(summary(options, reports, imported));
  },
};

/** Writes the records of one planned read, adding a report per file to `reports`; returns how many records were written. */
async function importFiles(
  read: PlannedRead,
  strict: boolean,
  writer: JsonLinesWriter,
  reports: IngestReport[],
  progress: ProgressLine,
): Promise<number> {
  const contextFor = (file: string): IngestContext => {
    progress.phase(file, statSync(file, { throwIfNoEntry: false })?.size ?? 0);
    const [context, report] = createIngestContext(file, { strict, onProgress: progress.update });
    reports.push(report);
    return context;
  };
  let count = 0;
  for await (const record of readPlanned(read, contextFor)) {
    await writer.write(record);
    count += 1;
  }
  return count;
}

function parseImportArgs(args: readonly string[]): ImportOptions {
  const { values, positionals } = parseCommandArgs('import', {
    args: [...args],
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean' },
      lenient: { type: 'boolean' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new Error(`expected at least one FILE to import; ${seeHelp('import')}`);
  const out = requiredFlag('import', values.out, '--out FILE.jsonl, the file to write');
  // Anything else would be read back by serve as another format.
  if (!OUTPUT_EXTENSIONS.includes(extname(out).toLowerCase())) {
    throw new Error(`--out must name a ${OUTPUT_EXTENSIONS.join(' or ')} file, got ${out}`);
  }
  if (values.strict === true && values.lenient === true) throw new Error(`--strict and --lenient exclude each other; ${seeHelp('import')}`);
  if (values.from !== undefined) findPaperFormat(values.from);
  return { files: positionals, from: values.from, out, strict: values.lenient !== true };
}

function summary(options: ImportOptions, reports: readonly IngestReport[], imported: number): string {
  const skipped = totalSkipped(reports);
  const warnings = reports.reduce((sum, report) => sum + report.warnings, 0);
  const lines = [
    `coauthor-graph import: ${plural(options.files.length, 'file')}, ${plural(imported + skipped, 'record')} read, ` +
      `${imported} imported, ${skipped} skipped, ${plural(warnings, 'warning')}; wrote ${options.out}`,
    ...problemLines('skipped', skipped, reports.flatMap((report) => located(report, report.firstSkipped))),
    ...problemLines('warning', warnings, reports.flatMap((report) => located(report, report.firstWarnings))),
  ];
  return lines.join('\n');
}

function totalSkipped(reports: readonly IngestReport[]): number {
  return reports.reduce((sum, report) => sum + report.skipped, 0);
}

function located(report: IngestReport, problems: readonly IngestProblem[]): string[] {
  return problems.map(({ line, reason }) => `${report.file}:${line}: ${reason}`);
}

function problemLines(kind: 'skipped' | 'warning', total: number, problems: readonly string[]): string[] {
  const shown = problems.slice(0, SHOWN_PROBLEMS).map((problem) => `${kind} ${problem}`);
  return total > shown.length ? [...shown, `${kind} … and ${total - shown.length} more`] : shown;
}
