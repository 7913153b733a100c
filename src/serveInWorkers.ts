import cluster, { type Worker } from 'node:cluster';
import type { Config } from './readConfig.ts';

/** What a worker tells the primary process. */
export type WorkerReport = { readonly kind: 'loaded'; readonly line: string } | { readonly kind: 'failed'; readonly message: string };

/** What the primary tells the workers: every worker has its graph, so all may say they are ready. */
export const ALL_LOADED = 'all-loaded';

/**
 * Serves with `config.workers` processes (node:cluster): each worker runs
 * `serve` on the same port, the primary process hands connections to them in
 * turn. The primary logs the one start-up line once every worker has loaded
 * the data, and tells the workers, whose `/readyz` answers 200 only from then
 * on. A worker that cannot load the data makes the whole server exit 1 with
 * its error; a worker that dies later is replaced. SIGTERM or SIGINT is passed
 * to every worker, which drains as `serve` does; the primary exits 0 when all
 * have. Each worker holds its own copy of the graph.
 *
 * @example if (cluster.isPrimary && config.workers > 1) await serveInWorkers(config); else await serve(config);
 */
export function serveInWorkers(config: Config): Promise<void> {
  let loaded = 0;
  let stopping = false;
  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('message', (report: WorkerReport) => {
      if (report.kind === 'failed') fail(report.message);
      else if (++loaded === config.workers) {
        for (const each of Object.values(cluster.workers ?? {})) each?.send(ALL_LOADED);
        console.log(`${report.line}; ${config.workers} workers`);
      } else if (loaded > config.workers) worker.send(ALL_LOADED);
    });
    worker.on('exit', (code, signal) => {
      if (stopping) {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
        return;
      }
      // A worker that was serving is replaced; the replacement reports its load like the first ones.
      console.error(`coauthor-graph: worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); starting another`);
      fork();
    });
    return worker;
  };
  const fail = (message: string): never => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGKILL');
    console.error(`error: ${message}`);
    process.exit(1);
  };
  // Passed on by message, a second signal too: the workers ignore their own (see serve).
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.send(signal);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < config.workers; i++) fork();
  return Promise.resolve();
}
