import { createIngestContext, type IngestReport } from '../../src/ingest/IngestContext.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import type { PaperFormat } from '../../src/ingest/PaperFormat.ts';
import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';
import { rejection } from './rejection.ts';

export interface Reading {
  readonly records: PaperRecord[];
  readonly report: IngestReport;
}

/** Every record `format` reads from `path`, and the report of the read. */
export async function readFormat(format: PaperFormat, path: string, { strict = true } = {}): Promise<Reading> {
  const [context, report] = createIngestContext(path, { strict });
  const records: PaperRecord[] = [];
  for await (const record of format.read(path, context)) records.push(record);
  return { records, report };
}

/** The IngestError a strict read of `path` ends with. */
export function strictFailure(format: PaperFormat, path: string): Promise<IngestError> {
  return rejection(IngestError, () => readFormat(format, path), `reading ${path} as ${format.name}`);
}
