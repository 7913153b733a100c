import { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** How much of a refused request body the server reads and throws away so that the client can read the answer. */
export interface DrainBounds {
  /** Bytes read past the point of refusal. */
  readonly maxBytes: number;
  /** Milliseconds spent draining before the connection is cut. */
  readonly maxMs: number;
}

/** Node's way to throw away the rest of a body: the parser then drops it without pausing the socket. */
interface Dumpable {
  _dump(): void;
}

/** Discards the rest of `request`'s body as it arrives, reading on where the app had stopped reading. */
function discardRest(request: IncomingMessage, socket: Socket): void {
  (request as unknown as Dumpable)._dump();
  socket.resume();
}

// A discarded body raises no events, so its end (or the bounds' end) is
// seen by looking, and often: over loopback a client sends tens of MB in
// 20 ms, which a slower look let through past the 16 MiB bound.
const POLL_MS = 2;

// How long a connection cut past the drain bounds stays open for the client to read its answer.
const LINGER_MS = 1000;

/**
 * Node's request and response classes for `createServer`, changed so that a
 * body the app refuses before reading it all (413, 415) does not cost the
 * client its answer. Node would cut the connection while the client still
 * writes (when the app stops reading the body, or after the answer when the
 * client asked `Connection: close`), and a client that writes its whole body
 * before it reads (Python's urllib and requests) then sees "Broken pipe"
 * instead of the status. Like nginx's lingering close, the rest of the body
 * is read and discarded, within `bounds`, and the answer ends once it has all
 * arrived; past the bounds the connection is cut.
 *
 * @example createServer({ ...drainingServerClasses({ maxBytes: 16 << 20, maxMs: 10_000 }) }, handler)
 */
export function drainingServerClasses(bounds: DrainBounds): { IncomingMessage: typeof IncomingMessage; ServerResponse: typeof ServerResponse } {
  class DrainingRequest extends IncomingMessage {
    // Kept apart from `socket`, which a stream pipeline clears when it destroys the request.
    readonly #connection: Socket;

    constructor(socket: Socket) {
      super(socket);
      this.#connection = socket;
    }

    override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
      // The app gave up on an unfinished body: keep the connection for the
      // answer and discard the rest, where Node would cut the connection or
      // (after a pipeline) stop reading it until the request times out.
      if (!this.complete && !this.#connection.destroyed) {
        discardRest(this, this.#connection);
        callback(null);
        return;
      }
      super._destroy(error, callback);
    }
  }

  class DrainingResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
    override end(...args: unknown[]): this {
      const { req: request, socket } = this;
      if (request.complete || socket === null || socket.destroyed) {
        endResponse(this, args);
      } else {
        discardRest(request, socket);
        // What was written has gone out already; only the end waits for the body.
        void bodyDrained(request, socket, bounds).then((drained) => {
          if (!drained) {
            // Past the bounds: read no more, send the answer and our end, and
            // close only a moment later. Closing at once, with the client's
            // bytes unread, would reset the connection and could take the
            // answer with it before the client reads it.
            socket.pause();
            endResponse(this, args);
            socket.end();
            setTimeout(() => socket.destroy(), LINGER_MS).unref();
            return;
          }
          endResponse(this, args);
        });
      }
      return this;
    }
  }

  return { IncomingMessage: DrainingRequest, ServerResponse: DrainingResponse };
}

/** Node's own end of `response`, with the arguments given to the override. */
function endResponse(response: ServerResponse, args: unknown[]): void {
  Reflect.apply(ServerResponse.prototype.end, response, args);
}

/** Resolves true once the whole body has arrived, false when the bounds ran out first (or the connection closed). */
function bodyDrained(request: IncomingMessage, socket: Socket, { maxBytes, maxMs }: DrainBounds): Promise<boolean> {
  const bytesAtStart = socket.bytesRead;
  const deadline = Date.now() + maxMs;
  return new Promise((resolve) => {
    const timer = setInterval(() => {
      const over = socket.bytesRead - bytesAtStart > maxBytes || Date.now() > deadline;
      if (request.complete || socket.destroyed || over) {
        clearInterval(timer);
        resolve(request.complete);
      }
    }, POLL_MS);
  });
}
