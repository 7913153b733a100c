/** 128 + the signal's number, as shells report a process a signal ended. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Until the returned function is called, SIGINT or SIGTERM runs `cleanUp`
 * and exits with the conventional code (130, 143) instead of leaving
 * half-done work behind. `cleanUp` must be synchronous: nothing runs after it.
 *
 * @example
 * const stop = cleanUpOnSignals(() => writer.abandon());
 * try { await work(); } finally { stop(); }
 */
export function cleanUpOnSignals(cleanUp: () => void): () => void {
  const handlers = Object.entries(EXIT_CODES).map(([signal, code]) => {
    const handler = () => {
      cleanUp();
      process.exit(code);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
