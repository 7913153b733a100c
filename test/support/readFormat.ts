import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createIngestContext, type IngestReport } from '../../src/ingest/IngestContext.ts';
import { IngestError } from '../../src/ingest/IngestError.ts';
import type { PaperFormat } from '../../src/ingest/PaperFormat.ts';
import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';

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
export async function strictFailure(format: PaperFormat, path: string): Promise<IngestError> {
  try {
    await readFormat(format, path);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error(`expected reading ${path} as ${format.name} to fail`);
}

/** A folder for one test file's scratch files, removed after its tests; returns a writer of files in it. */
export function scratchFolder(prefix: string): (name: string, content: string | Uint8Array) => string {
  const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
}
