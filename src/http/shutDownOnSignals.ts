import type { Server, ServerResponse } from 'node:http';

export interface ShutdownOptions {
  /** How long requests in flight may take to finish before their connections are cut. */
  readonly graceMs: number;
  /** Called when shutdown starts, e.g. to make `/readyz` answer 503. */
  readonly onDrain: () => void;
  readonly log: (line: string) => void;
  /** Where the signals come from: the process itself, or (for a worker) what its primary process passes on. */
  readonly signals?: Pick<NodeJS.EventEmitter, 'on'>;
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in
 * flight finish (their responses close their keep-alive connections), then
 * exit 0. Connections still open after `graceMs` are cut, so the exit comes
 * within the grace period; a second signal cuts them at once.
 *
 * @example shutDownOnSignals(server, { graceMs: 10_000, onDrain: () => (draining = true), log: console.log });
 */
export function shutDownOnSignals(server: Server, { graceMs, onDrain, log, signals = process }: ShutdownOptions): void {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on('request', (_request, response: ServerResponse) => {
    if (draining) response.setHeader('connection', 'close');
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (draining) server.closeIdleConnections();
    });
  });

  const cut = (why: string) => {
    if (inFlight.size > 0) log(`coauthor-graph: cutting ${inFlight.size} requests still in flight ${why}`);
    server.closeAllConnections();
  };

  const shutDown = (signal: NodeJS.Signals) => {
    if (draining) {
      cut(`on a second ${signal}`);
      return;
    }
    draining = true;
    onDrain();
    log(`coauthor-graph: ${signal}: finishing ${inFlight.size} requests in flight (at most ${graceMs} ms), then exiting`);
    // Responses not yet begun close their connection when done; idle ones close now.
    for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
    server.close(() => {
      log('coauthor-graph: stopped');
      process.exit(0);
    });
    server.closeIdleConnections();
    setTimeout(() => cut(`after the ${graceMs} ms grace period`), graceMs).unref();
  };
  signals.on('SIGTERM', shutDown);
  signals.on('SIGINT', shutDown);
}
