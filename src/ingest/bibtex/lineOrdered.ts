import type { IngestContext } from '../IngestContext.ts';

/**
 * A context that holds back warnings (and, when lenient, rejections) until
 * `flush`, then passes them on sorted by line. A database is checked in
 * passes (syntax, then macros, then records), so problems are found out of
 * line order, while a report lists the first ten in file order. When strict,
 * a rejection still throws at once.
 *
 * @example
 * const [ordered, flush] = lineOrdered(context);
 * ordered.warn(9, 'b');
 * ordered.warn(3, 'a');
 * flush(); // context.warn(3, 'a'), then context.warn(9, 'b')
 */
export function lineOrdered(context: IngestContext): [IngestContext, () => void] {
  const held: { readonly line: number; readonly reason: string; readonly rejected: boolean }[] = [];
  const ordered: IngestContext = {
    file: context.file,
    strict: context.strict,
    reject(line, reason) {
      if (context.strict) context.reject(line, reason);
      else held.push({ line, reason, rejected: true });
    },
    warn(line, reason) {
      held.push({ line, reason, rejected: false });
    },
    progress: (bytes) => context.progress(bytes),
  };
  const flush = (): void => {
    // Array.prototype.sort is stable, so problems on one line keep the order they were found in.
    for (const { line, reason, rejected } of held.sort((a, b) => a.line - b.line)) {
      if (rejected) context.reject(line, reason);
      else context.warn(line, reason);
    }
    held.length = 0;
  };
  return [ordered, flush];
}
