import type { IngestContext } from './IngestContext.ts';
import type { PaperFormat } from './PaperFormat.ts';
import type { PaperRecord } from './PaperRecord.ts';

/** One input file and the format it is read in. */
export interface Input {
  readonly file: string;
  readonly format: PaperFormat;
}

/** Files to read in one go, with `readFiles` when there are several. */
export interface PlannedRead {
  readonly format: PaperFormat;
  readonly files: readonly string[];
}

/**
 * The reads that import `inputs` in order: one per file, except that all
 * files of a format with `readFiles` are read together, at the place of the
 * first of them, because such files make one whole.
 *
 * @example
 * planReads([{ file: 'a.bib', format: bibtexFormat }, { file: 'g.txt', format: snapFormat }, { file: 'b.bib', format: bibtexFormat }]);
 * // [{ format: bibtexFormat, files: ['a.bib', 'b.bib'] }, { format: snapFormat, files: ['g.txt'] }]
 */
export function planReads(inputs: readonly Input[]): PlannedRead[] {
  const plan: { format: PaperFormat; files: string[] }[] = [];
  for (const { file, format } of inputs) {
    const joined = format.readFiles === undefined ? undefined : plan.find((read) => read.format === format);
    if (joined === undefined) plan.push({ format, files: [file] });
    else joined.files.push(file);
  }
  return plan;
}

/**
 * The records of one planned read, in file order: through the format's
 * `readFiles` when it has one (the files make one whole), else file by file.
 *
 * @example for await (const record of readPlanned(read, (file) => createIngestContext(file, { strict: true })[0])) use(record);
 */
export async function* readPlanned({ format, files }: PlannedRead, contextFor: (file: string) => IngestContext): AsyncGenerator<PaperRecord> {
  if (format.readFiles !== undefined) yield* format.readFiles(files, contextFor);
  else for (const file of files) yield* format.read(file, contextFor(file));
}
