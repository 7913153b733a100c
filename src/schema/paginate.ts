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

/**
 * An edge of a connection page. Its cursor is encoded only when a client
 * selects it, which most never do: a page of a hundred edges would otherwise
 * pay for a hundred base64 strings nobody reads.
 */
export class ListEdge<N extends { readonly id: string }> {
  constructor(readonly node: N) {}

  /** What the cursor names: the node's id; lists that mix kinds of node override it. */
  cursorKey(): string {
    return this.node.id;
  }

  get cursor(): string {
    return encodeCursor(this.cursorKey());
  }
}

/** A list's edge with the author's place on a paper's byline. */
export class PositionEdge<N extends { readonly id: string }> extends ListEdge<N> {
  constructor(
    node: N,
    /** 1-based byline position. */
    readonly position: number,
  ) {
    super(node);
  }
}

/**
 * A list to page through, read by position, so that a page of 10 out of an
 * author's 11,000 coauthors makes 10 edges, not 11,000. Arrays of nodes go
 * through `nodeList`; lists over the graph's typed arrays implement it.
 */
export interface EdgeList<E> {
  readonly length: number;
  edgeAt(index: number): E;
  /** The cursor key of the item at `index` (what its edge's `cursorKey` gives), to find `after` and `before`. */
  keyAt(index: number): string;
  /** Where the item with cursor key `key` sits, when the list can tell without a scan; undefined for none. */
  positionOfKey?(key: string): number | undefined;
}

/**
 * An array of nodes as an `EdgeList` of plain edges.
 *
 * @example paginate(nodeList(graph.searchAuthors('maxwell')), { first: 10 })
 */
export function nodeList<N extends { readonly id: string }>(nodes: readonly N[]): EdgeList<ListEdge<N>> {
  return { length: nodes.length, edgeAt: (index) => new ListEdge(nodes[index]!), keyAt: (index) => nodes[index]!.id };
}

/**
 * Every node of a kind in one of the snapshot's orders as an `EdgeList`:
 * `order` holds the indices of all `count` nodes (`authorsByPaperCount(graph)`,
 * a paper order), or is undefined for the index order itself (authors by
 * name, papers newest first). Only the page's nodes are made (`nodeAt`),
 * and cursors are found by id and rank, not by a scan: paging deep into a
 * million papers costs each page its own edges. `find` finds a node by id.
 *
 * @example paginate(orderList(paperOrders(graph).TITLE, graph.paperCount, (index) => graph.paper(index), (id) => graph.paperById(id)), { first: 10, after })
 */
export function orderList<N extends { readonly id: string; readonly index: number }>(
  order: Uint32Array | undefined,
  count: number,
  nodeAt: (index: number) => N,
  find: (id: string) => N | undefined,
): EdgeList<ListEdge<N>> {
  const nodeAtPosition = (position: number) => nodeAt(order === undefined ? position : order[position]!);
  return {
    length: count,
    edgeAt: (position) => new ListEdge(nodeAtPosition(position)),
    keyAt: (position) => nodeAtPosition(position).id,
    positionOfKey: (key) => {
      const node = find(key);
      if (node === undefined) return undefined;
      return order === undefined ? node.index : rankOf(order)[node.index];
    },
  };
}

const ranks = new WeakMap<Uint32Array, Uint32Array>();

/** rank[index] = where node `index` sits in `order`, a permutation of all nodes of its kind; made once per order. */
function rankOf(order: Uint32Array): Uint32Array {
  let rank = ranks.get(order);
  if (rank === undefined) {
    rank = new Uint32Array(order.length);
    for (let position = 0; position < order.length; position++) rank[order[position]!] = position;
    ranks.set(order, rank);
  }
  return rank;
}

/**
 * An array (or a typed array of indices) as an `EdgeList`, each item
 * becoming an edge through `toEdge` only when read: a view, so a page of a
 * list kept per snapshot makes its own edges and nothing else.
 *
 * @example paginate(edgeList(hits, (hit) => new SearchEdge(hit)), { first: 10 })
 */
export function edgeList<T, E extends ListEdge<{ readonly id: string }>>(items: ArrayLike<T>, toEdge: (item: T) => E): EdgeList<E> {
  return { length: items.length, edgeAt: (index) => toEdge(items[index]!), keyAt: (index) => toEdge(items[index]!).cursorKey() };
}

/** Where a page sits in its list; the two cursors, like the edges', are encoded only when selected. */
class PageInfo<E extends { readonly cursor: string }> {
  constructor(
    readonly edges: readonly E[],
    readonly hasPreviousPage: boolean,
    readonly hasNextPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges[this.edges.length - 1]?.cursor ?? null;
  }
}

export interface Page<E extends { readonly cursor: string }> {
  readonly edges: E[];
  readonly pageInfo: PageInfo<E>;
  readonly totalCount: number;
}

/**
 * One page of `list` by the Relay cursor algorithm. A cursor names the item
 * (through its key), not an offset, so it keeps its meaning when the list is
 * rebuilt from a reloaded graph. Page sizes outside 0–100 are refused, never
 * silently capped, so a client cannot mistake a cut list for a whole one.
 * Only the edges of the page are made.
 *
 * @example paginate(nodeList(rows), { first: 2 }).edges.length // 2
 */
export function paginate<E extends { readonly cursor: string }>(list: EdgeList<E>, args: PageArgs): Page<E> {
  const { first, last, after, before } = args;
  if (first != null && last != null) {
    throw apiError('BAD_USER_INPUT', 'Pass `first` or `last`, not both: page forwards with `first`/`after` or backwards with `last`/`before`.', { argument: 'first' });
  }
  checkPageSize('first', first);
  checkPageSize('last', last);

  let start = after == null ? 0 : positionOf(list, after, 'after') + 1;
  let end = before == null ? list.length : positionOf(list, before, 'before');
  if (end < start) end = start;
  if (last != null) start = Math.max(start, end - last);
  else end = Math.min(end, start + (first ?? PAGE_SIZE_DEFAULT));

  const edges: E[] = [];
  for (let index = start; index < end; index++) edges.push(list.edgeAt(index));
  return { edges, pageInfo: new PageInfo(edges, start > 0, end < list.length), totalCount: list.length };
}

function checkPageSize(argument: 'first' | 'last', size: number | null | undefined): void {
  if (size == null || (size >= 0 && size <= PAGE_SIZE_MAX)) return;
  throw apiError(
    'BAD_USER_INPUT',
    `\`${argument}\` must be between 0 and ${PAGE_SIZE_MAX}, got ${size}: fetch longer lists page by page with \`${argument === 'first' ? 'after' : 'before'}\`.`,
    { argument },
  );
}

function positionOf(list: EdgeList<unknown>, cursor: string, argument: string): number {
  const key = decodeCursor(cursor);
  let index = -1;
  if (key !== null && list.positionOfKey !== undefined) index = list.positionOfKey(key) ?? -1;
  else if (key !== null) {
    for (let i = 0; i < list.length && index < 0; i++) if (list.keyAt(i) === key) index = i;
  }
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
