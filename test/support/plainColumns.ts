import type { CompactColumns } from '../../src/ingest/CompactRecordsBuilder.ts';

/** Every column as plain values, to compare two reads: the text chunk by chunk, the numbers, the numbered bylines. */
export function plainColumns({ text, years, codeImplementations, bylines }: CompactColumns) {
  return {
    text: Object.entries(text).map(([field, column]) => [field, column.chunks.map((chunk) => [chunk.text, Array.from(chunk.ends)])]),
    years: Array.from(years),
    codeImplementations: Array.from(codeImplementations),
    bylines: [bylines.spellings, Array.from(bylines.offsets), Array.from(bylines.spellingIds)],
  };
}
