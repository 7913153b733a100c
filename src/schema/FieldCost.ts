import type { GraphBounds } from '../limits/graphBounds.ts';

/**
 * A number, or one computed from the field's arguments (variables and
 * defaults already applied) and the served snapshot's largest lists.
 */
export type CostBound = number | ((args: Readonly<Record<string, unknown>>, bounds: GraphBounds) => number);

/**
 * What a field declares about its fan-out, under `extensions.cost`, for the
 * cost estimate made before an operation runs. Connections (fields returning
 * a `…Connection` type with `first`/`last`) need no declaration.
 *
 * @example
 * t.field({
 *   type: NetworkRef,
 *   args: { maxNodes: t.arg.int({ required: true }) },
 *   extensions: { cost: { call: ({ maxNodes }) => 10 * Number(maxNodes), listItems: ({ maxNodes }) => Number(maxNodes) } satisfies FieldCost },
 *   resolve: …,
 * })
 * t.connection({
 *   type: AuthorRef,
 *   extensions: { cost: { cursorScan: (_args, bounds) => bounds.authors } satisfies FieldCost },
 *   resolve: …,
 * })
 */
export interface FieldCost {
  /** Work of one call of the resolver, in nodes; an algorithm states its visit budget here. Default 0 (1 for a connection). */
  readonly call?: CostBound;
  /** For a list field: the most items it returns. Default: the enclosing `listItems`, else 100. */
  readonly items?: CostBound;
  /** The most items any list field of the returned object holds (a connection's page size for its `edges`). */
  readonly listItems?: CostBound;
  /**
   * For a connection over a list it does not build (a view of the snapshot):
   * the most items that list holds, charged when `after` or `before` is
   * given, as the cursor is found by scanning the list. A list the resolver
   * builds is scanned no further than its building went, which `call` charges.
   */
  readonly cursorScan?: CostBound;
}

/**
 * Rows of the snapshot a scan reads for one unit of cost. A unit is one node
 * in the response, a few µs of work (the nested author-network query of
 * `bench/http.ts` makes 10,000 nodes in 20–40 ms); a scan reads a row of a
 * column or a list kept per snapshot in 10–130 ns (`authors(search:)` and
 * `papers(filter: { search })` on the 100k set). So 25 rows cost what a node
 * does, and a scan of a million papers is charged 40,000, not a million.
 */
export const SCANNED_ROWS_PER_UNIT = 25;

/**
 * The cost of scanning `rows` rows of the snapshot (see `SCANNED_ROWS_PER_UNIT`).
 *
 * @example scanCost(550_000) // 22,000
 */
export function scanCost(rows: number): number {
  return Math.ceil(rows / SCANNED_ROWS_PER_UNIT);
}
