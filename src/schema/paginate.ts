import { apiError } from './apiError.ts';

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** The Relay connection arguments as GraphQL hands them over. */
export interface PageArgs {
  readonly first?: number | null;
  readonly last?: number | null;
  readonly after?: string | null;
  readonly before?: string | null;
}

export interface Page<E> {
  readonly edges: (E & { readonly cursor: string })[];
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
  readonly totalCount: number;
}

/**
 * One page of `items` by the Relay cursor algorithm. A cursor names the item
 * (through `keyOf`), not an offset, so it keeps its meaning when the list is
 * rebuilt from a reloaded graph. Page sizes outside 0–100 are refused, never
 * silently capped, so a client cannot mistake a cut list for a whole one.
 *
 * @example paginate(rows, { first: 2 }, (row) => row.node.id).edges.length // 2
 */
export function paginate<E>(items: readonly E[], args: PageArgs, keyOf: (item: E) => string): Page<E> {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw apiError('BAD_USER_INPUT', 'Pass `first` or `last`, not both: page forwards with `first`/`after` or backwards with `last`/`before`.', { argument: 'first' });
  }
  checkPageSize('first', first);
  checkPageSize('last', last);

  let start = after == null ? 0 : positionOf(items, after, keyOf, 'after') + 1;
  let end = before == null ? items.length : positionOf(items, before, keyOf, 'before');
  if (end < start) end = start;
  if (last != null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? PAGE_SIZE_DEFAULT));

  const edges = items.slice(start, end).map((item) => ({ ...item, cursor: encodeCursor(keyOf(item)) }));
  return {
    edges,
    pageInfo: {
      hasPreviousPage: start > 0,
      hasNextPage: end < items.length,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

function checkPageSize(argument: 'first' | 'last', size: number | null | undefined): void {
  if (size == null || (size >= 0 && size <= PAGE_SIZE_MAX)) return;
  throw apiError(
    'BAD_USER_INPUT',
    `\`${argument}\` must be between 0 and ${PAGE_SIZE_MAX}, got ${size}: fetch longer lists page by page with \`${argument === 'first' ? 'after' : 'before'}\`.`,
    { argument },
  );
}

function positionOf<E>(items: readonly E[], cursor: string, keyOf: (item: E) => string, argument: string): number {
  const key = decodeCursor(cursor);
  const index = key === null ? -1 : items.findIndex((item) => keyOf(item) === key);
  if (index < 0) {
    throw apiError(
      'BAD_USER_INPUT',
      `\`${argument}\` is not a cursor of this list: pass a cursor this same field returned.`,
      { argument },
    );
  }
  return index;
}

const CURSOR_PREFIX = 'c:';

function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key).toString('base64url');
}

function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString();
  return text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : null;
}
