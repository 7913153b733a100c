/**
 * The items of `batches` one at a time, in order: the per-item view of a
 * reader that hands items on in batches.
 *
 * @example for await (const line of eachItem(readLineBatches('papers.jsonl', context))) handle(line);
 */
export async function* eachItem<T>(batches: AsyncIterable<readonly T[]>): AsyncGenerator<T, void, undefined> {
  for await (const batch of batches) yield* batch;
}
