import { buildGraph } from '../../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../../src/graph/store/CoauthorGraph.ts';
import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';
import { readPaperFile } from '../../src/ingest/readPaperFile.ts';

export const SEED_JSONL = 'fixtures/seed.jsonl';
export const SEED_LISTING = 'fixtures/seed.txt';

/** The seed records with titles and arXiv ids. */
export function seedRecords(): Promise<readonly PaperRecord[]> {
  return readPaperFile(SEED_JSONL);
}

export async function seedGraph(): Promise<CoauthorGraph> {
  return buildGraph(await seedRecords());
}
