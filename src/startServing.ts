import cluster from 'node:cluster';
import type { Config } from './readConfig.ts';
import { serve } from './serve.ts';
import { serveInWorkers } from './serveInWorkers.ts';

/**
 * Serves as `config` says: from this process alone for one worker, else
 * from `config.workers` worker processes, of which this one is the primary
 * (and, run again as a worker, one of them).
 *
 * @example await startServing(readConfig(process.argv.slice(2), process.env)!);
 */
export async function startServing(config: Config): Promise<void> {
  if (cluster.isPrimary && config.workers > 1) serveInWorkers(config);
  else await serve(config);
}
