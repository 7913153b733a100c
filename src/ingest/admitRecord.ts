import type { IngestContext } from './IngestContext.ts';
import { IngestError } from './IngestError.ts';

/**
 * Runs `parse` on one record of a file and hands a defect it throws as an
 * `IngestError` to `context.reject`: strict, that ends the import; lenient,
 * the record is counted as skipped and `undefined` comes back. Any other
 * error is a failure of the reader itself and propagates.
 *
 * @example
 * const record = admitRecord(context, () => parseJsonLine(text, context.file, line));
 * if (record !== undefined) yield record;
 */
export function admitRecord<T>(context: IngestContext, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    context.reject(error.line, error.reason);
    return undefined;
  }
}
