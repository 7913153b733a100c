import cluster, { type Worker } from 'node:cluster';
import type { Config } from './readConfig.ts';

/** What a worker tells the primary process. */
export type WorkerReport = { readonly kind: 'loaded'; readonly line: string } | { readonly kind: 'failed'; readonly message: string };

/** What the primary tells the workers: every worker has its graph, so all may say they are ready. */
export const ALL_LOADED = 'all-loaded';

// A worker that dies soon after it started is not started again at once: a
// data file that kills every worker (memory, a file gone) must not make a loop.
const RESTART_DELAY_MS = 1000;

/**
 * Serves with `config.workers` processes (node:cluster): each worker runs
 * `serve` on the same port, the primary process hands connections to them in
 * turn. The primary logs the one start-up line once every worker has loaded
 * the data, and tells the workers, whose `/readyz` answers 200 only from then
 * on. A worker that cannot load the data at start-up makes the whole server
 * exit 1 with its error; once serving, a worker that dies is replaced (a
 * second later), and a replacement that cannot load is reported and tried
 * again while the others serve. SIGTERM or SIGINT is passed to every
 * worker, which drains as `serve` does; the primary exits 0 when all have.
 * Each worker holds its own copy of the graph.
 *
 * @example if (cluster.isPrimary && config.workers > 1) serveInWorkers(config); else await serve(config);
 */
export function serveInWorkers(config: Config): void {
  const loaded = new Set<number>();
  const live = new Set<Worker>();
  let serving = false;
  let stopping = false;
  // The signal to pass on, once asked to stop; and the workers that can hear it: a worker listens to its primary only once its server listens.
  let stopSignal: NodeJS.Signals | undefined;
  const listening = new Set<Worker>();
  const fork = (): void => {
    const worker = cluster.fork();
    live.add(worker);
    worker.on('listening', () => {
      listening.add(worker);
      // A signal that came while it was starting.
      if (stopSignal !== undefined) worker.send(stopSignal);
    });
    worker.on('message', (report: WorkerReport) => {
      if (report.kind === 'failed') {
        if (!serving) fail(report.message);
        console.error(`coauthor-graph: a replacement worker could not load the data: ${report.message}`);
      } else if (report.kind === 'loaded') {
        loaded.add(worker.id);
        if (serving) worker.send(ALL_LOADED);
        else if (loaded.size === config.workers) {
          serving = true;
          for (const each of live) each.send(ALL_LOADED);
          console.log(`${report.line}; ${config.workers} workers`);
        }
      }
    });
    worker.on('exit', (code, signal) => {
      live.delete(worker);
      listening.delete(worker);
      loaded.delete(worker.id);
      if (stopping) {
        if (live.size === 0) process.exit(0);
        return;
      }
      if (!serving) fail(`a worker exited (${signal ?? `code ${code}`}) while loading the data`);
      console.error(`coauthor-graph: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
      setTimeout(fork, RESTART_DELAY_MS);
    });
  };
  const fail = (message: string): never => {
    stopping = true;
    for (const worker of live) worker.kill('SIGKILL');
    console.error(`error: ${message}`);
    process.exit(1);
  };
  // Passed on by message, a second signal too: the workers ignore their own (see serve).
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    stopSignal = signal;
    if (live.size === 0) process.exit(0);
    // A worker already stopping (a second signal, as a terminal and tsx both send one) has closed its channel: a message to it would throw.
    for (const worker of listening) if (worker.isConnected()) worker.send(signal);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < config.workers; i++) fork();
}
