import type { IngestContext } from './IngestContext.ts';
import type { PaperFormat } from './PaperFormat.ts';
import type { PaperRecord } from './PaperRecord.ts';
import { eachItem } from './eachItem.ts';

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
export function readPlanned(read: PlannedRead, contextFor: (file: string) => IngestContext): AsyncGenerator<PaperRecord> {
  return eachItem(readPlannedBatches(read, contextFor));
}

/**
 * The records of `readPlanned`, handed on in batches: a chunk of the file
 * at a time from a format with `readBatches`, else one record at a time.
 *
 * @example for await (const records of readPlannedBatches(read, contextFor)) for (const record of records) use(record);
 */
export async function* readPlannedBatches({ format, files }: PlannedRead, contextFor: (file: string) => IngestContext): AsyncGenerator<readonly PaperRecord[]> {
  if (format.readFiles !== undefined) {
    for await (const record of format.readFiles(files, contextFor)) yield [record];
  } else if (format.readBatches !== undefined) {
    for (const file of files) yield* format.readBatches(file, contextFor(file));
  } else {
    for (const file of files) for await (const record of format.read(file, contextFor(file))) yield [record];
  }
}
