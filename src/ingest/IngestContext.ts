import { IngestError } from './IngestError.ts';

/** What a format reader reports to while it reads one file. */
export interface IngestContext {
  readonly file: string;
  readonly strict: boolean;
  /**
   * A record that cannot be imported, at its 1-based line. Strict: throws an
   * IngestError. Lenient: counted and noted; the reader skips the record.
   */
  reject(line: number, reason: string): void;
  /** A record imported as it is, but worth a curator's look. */
  warn(line: number, reason: string): void;
  /** Bytes of the file consumed so far, for progress display. */
  progress(bytes: number): void;
}

export interface IngestProblem {
  readonly line: number;
  readonly reason: string;
}

/** What reading one file came to; `imported` is counted by whoever consumes the records. */
export interface IngestReport {
  readonly file: string;
  skipped: number;
  warnings: number;
  /** The first ten skipped records and the first ten warnings, in file order. */
  readonly firstSkipped: IngestProblem[];
  readonly firstWarnings: IngestProblem[];
}

const KEPT_PROBLEMS = 10;

/**
 * A context for reading `file`, and the report it fills in.
 *
 * @example
 * const [context, report] = createIngestContext('dblp.xml', { strict: false });
 * for await (const record of dblpFormat.read('dblp.xml', context)) write(record);
 * console.log(`${report.skipped} skipped`);
 */
export function createIngestContext(
  file: string,
  { strict, onProgress = () => {} }: { strict: boolean; onProgress?: (bytes: number) => void },
): [IngestContext, IngestReport] {
  const report: IngestReport = { file, skipped: 0, warnings: 0, firstSkipped: [], firstWarnings: [] };
  const context: IngestContext = {
    file,
    strict,
    reject(line, reason) {
      if (strict) throw new IngestError(file, line, reason);
      report.skipped++;
      if (report.firstSkipped.length < KEPT_PROBLEMS) report.firstSkipped.push({ line, reason });
    },
    warn(line, reason) {
      report.warnings++;
      if (report.firstWarnings.length < KEPT_PROBLEMS) report.firstWarnings.push({ line, reason });
    },
    progress: onProgress,
  };
  return [context, report];
}
