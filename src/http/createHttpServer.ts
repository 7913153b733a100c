import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { drainingServerClasses } from './drainingServerClasses.ts';

/** How many connections the server holds and how long a client may take to send a request. */
export interface ConnectionSettings {
  /** Open connections at once; Node closes those accepted beyond it. */
  readonly maxConnections: number;
  /** Milliseconds a client may take to send a whole request, headers and body (408 and close after). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_CONNECTION_SETTINGS: ConnectionSettings = {
  // Under the usual 1024 open-file limit is where accepting more would fail
  // anyway; behind a proxy a pool uses tens, and one process answering
  // thousands of requests a second needs no more at once.
  maxConnections: 1024,
  // Node's 300 s lets a client that trickles its bytes hold a connection for
  // minutes; a request of at most 64 KiB arrives in well under a second.
  requestTimeoutMs: 30_000,
};

// Headers come first, so they get less time than the whole request (Node
// requires headersTimeout ≤ requestTimeout).
const HEADERS_TIMEOUT_MS = 20_000;
// How often Node looks for connections past those timeouts (its default, 30 s, would let them run late by as much).
const CHECK_INTERVAL_MS = 1_000;
// Enough for a client to finish sending a refused body at a few megabytes a
// second, not enough to tie a connection up for long.
const DRAIN_MS = 10_000;
const DRAIN_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The `node:http` server that `serve` listens with: `handler` answers every
 * request; connections and request times are bounded by `settings`; a body
 * refused before it was read (over `bodyBytes`) is drained, up to 16 MiB or
 * four times `bodyBytes` and 10 s, so the client reads its 413 (see
 * `drainingServerClasses`).
 *
 * @example const server = createHttpServer(yoga, { ...DEFAULT_CONNECTION_SETTINGS, bodyBytes: 65_536 });
 */
export function createHttpServer(
  handler: RequestListener<typeof IncomingMessage, typeof ServerResponse>,
  { maxConnections, requestTimeoutMs, bodyBytes }: ConnectionSettings & { readonly bodyBytes: number },
): Server {
  const server = createServer(
    {
      ...drainingServerClasses({ maxBytes: Math.max(DRAIN_MIN_BYTES, 4 * bodyBytes), maxMs: DRAIN_MS }),
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeoutMs),
      connectionsCheckingInterval: CHECK_INTERVAL_MS,
    },
    handler,
  );
  server.maxConnections = maxConnections;
  return server;
}
