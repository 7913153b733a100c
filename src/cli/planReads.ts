import type { PaperFormat } from '../ingest/PaperFormat.ts';

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
