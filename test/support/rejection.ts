/**
 * What `run` rejects with, which must be a `type`; any other outcome fails
 * the test, naming `what` was expected to fail.
 *
 * @example const error = await rejection(IngestError, () => readFormat(snapFormat, path), `reading ${path}`);
 */
export async function rejection<E extends Error>(type: abstract new (...args: never[]) => E, run: () => Promise<unknown>, what: string): Promise<E> {
  try {
    await run();
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected ${what} to fail with a ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected ${what} to fail, but it succeeded`);
}
