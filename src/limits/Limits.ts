/** How much one request may ask of the server; every limit is refused with its own error code. */
export interface Limits {
  /** Deepest nesting of fields in an operation, fragments expanded, introspection not counted. */
  readonly depth: number;
  /** Aliased fields in an operation, fragments expanded. */
  readonly aliases: number;
  /** Lexical tokens in a document (punctuation, names, values). */
  readonly tokens: number;
  /** Directives in an operation, fragments expanded. */
  readonly directives: number;
  /** UTF-8 bytes of the query text of one operation. */
  readonly documentBytes: number;
  /** Bytes of a request body; a larger one is answered 413. */
  readonly bodyBytes: number;
  /** Operations in one batched (JSON array) request; 0 turns batching off. */
  readonly batch: number;
  /** Milliseconds an operation may execute before it is stopped. */
  readonly timeoutMs: number;
  /** The estimated cost (see `estimateCost`) an operation may have. */
  readonly cost: number;
  /** Node visits the graph algorithms (paths, networks, statistics, search) of one request may make between them. */
  readonly visits: number;
}

/**
 * The defaults, chosen so that every query the README shows and the nested
 * network queries a client draws (author → coauthors → papers → authors)
 * pass with room to spare, while each attack in the graphql-cop list fails.
 */
export const DEFAULT_LIMITS: Limits = {
  // A connection hop is three levels (connection, edges, node): four hops and a leaf fit.
  depth: 12,
  // GraphQL Armor's default; clients fetch many nodes with `nodes(ids:)`, not aliases.
  aliases: 15,
  // GraphQL Armor's default; GraphiQL's introspection query is under 200 tokens.
  tokens: 1000,
  // GraphQL Armor's default; real operations use a handful of @include/@skip.
  directives: 50,
  // Ten times the longest legitimate operation at the token limit.
  documentBytes: 16 * 1024,
  // A document at its limit plus variables carrying a few hundred ids.
  bodyBytes: 64 * 1024,
  // Off: each operation is its own request, so each meets the cost limit on its own.
  batch: 0,
  // Two orders of magnitude above the slowest query within the cost limit.
  timeoutMs: 10_000,
  // Tens of thousands of nodes: 20 authors × 20 papers × 100 authors each is 40,841.
  cost: 50_000,
  // Tens of milliseconds of graph walking; a path across SNAP's CA-GrQc takes a few thousand.
  visits: 1_000_000,
};
