import cluster from 'node:cluster';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { unexpandedPapersWarning } from './graph/store/unexpandedPapersWarning.ts';
import type { CoauthorGraph } from './graph/store/CoauthorGraph.ts';
import { createHttpServer } from './http/createHttpServer.ts';
import { shutDownOnSignals } from './http/shutDownOnSignals.ts';
import type { Curator } from './curation/Curator.ts';
import { openCurator } from './curation/openCurator.ts';
import { loadGraph } from './loadGraph.ts';
import { lowerHelperThreads } from './lowerHelperThreads.ts';
import { threadsPerWorker } from './threadsPerWorker.ts';
import { plural } from './cli/plural.ts';
import { createProgressLine } from './progress/createProgressLine.ts';
import type { Config } from './readConfig.ts';
import { ALL_LOADED, type WorkerReport } from './serveInWorkers.ts';
import { createApp } from './yoga.ts';

/**
 * Listens, then loads `config.data` and logs one line with the counts and
 * the GraphiQL address. While the data loads, `/healthz` answers 200 and
 * `/readyz` and GraphQL requests 503: the load runs in slices between which
 * the event loop turns. Rejects when the address cannot be
 * bound or the data cannot be loaded (the server is closed again then). On
 * SIGTERM or SIGINT it drains and exits 0 (see `shutDownOnSignals`), during
 * the load too.
 *
 * @example const server = await serve(readConfig(['--port', '0'], {})!);
 */
export async function serve(config: Config): Promise<Server> {
  // A server that takes changes answers reads beside them: its main thread goes first (see `lowerHelperThreads`).
  if (config.store !== undefined) lowerHelperThreads();
  // The graph of a server without a store. One with a store serves its curator's, and holds no other:
  // the loaded graph, held here, kept a whole graph more alive after the first change.
  let graph: CoauthorGraph | undefined;
  let curator: Curator | undefined;
  let draining = false;
  // A worker is ready once every worker has the graph, so that no probe sees a half-loaded server as ready.
  let othersLoaded = !cluster.isWorker;
  if (cluster.isWorker) process.on('message', (message) => (othersLoaded ||= message === ALL_LOADED));
  const yoga = createApp({
    ...config,
    graph: () => curator?.graph ?? graph,
    ready: () => (curator ?? graph) !== undefined && othersLoaded && !draining,
    curator: () => curator,
  });
  const server = createHttpServer(yoga, { ...config, bodyBytes: config.limits.bodyBytes });
  await new Promise<void>((resolve, reject) => {
    const refuse = (error: Error) => reject(new Error(`cannot listen on ${config.host}:${config.port}: ${error.message}`));
    server.once('error', refuse);
    server.listen(config.port, config.host, () => {
      // Only a failure to listen is the start-up's; later errors are the server's own.
      server.off('error', refuse);
      resolve();
    });
  });
  // On a terminal, how far the load is; workers share one, so the first worker draws for all.
  const progress = !cluster.isWorker || cluster.worker?.id === 1 ? createProgressLine() : undefined;
  // Installed before the data loads, so a signal then also ends the process with 0.
  shutDownOnSignals(server, {
    graceMs: config.shutdownGraceMs,
    onDrain: () => (draining = true),
    log: (message) => {
      progress?.finish();
      console.log(message);
    },
    signals: cluster.isWorker ? signalsFromPrimary() : process,
  });

  const started = performance.now();
  let loaded: CoauthorGraph;
  try {
    // In slices, so that probes and signals are answered while a large graph loads; the
    // adjacency and the index now rather than by the first path, network or search request,
    // which would otherwise stall on a large graph.
    if (config.store === undefined) loaded = graph = await loadGraph(config.data, config.format, config, { inSlices: true, indexed: true, progress, threads: cluster.isWorker ? threadsPerWorker(config.workers, availableParallelism()) : undefined });
    else loaded = (curator = await openCurator(config.store, config.data, config.format, config, progress)).graph;
  } catch (error) {
    progress?.finish();
    server.close();
    if (cluster.isWorker) await report({ kind: 'failed', message: (error as Error).message });
    throw error;
  }
  const loadMs = Math.round(performance.now() - started);
  progress?.finish();
  const warning = unexpandedPapersWarning(loaded);
  // Workers share one file, so the first worker speaks for all; replacements of it stay quiet.
  if (warning !== undefined && (!cluster.isWorker || cluster.worker?.id === 1)) console.error(warning);
  // The bound port, not the asked-for one: they differ for --port 0.
  const { port } = server.address() as AddressInfo;
  const line =
    `coauthor-graph: ${loaded.paperCount} papers, ${loaded.authorCount} authors, ${loaded.authorshipCount} authorships ` +
    `from ${config.data.join(', ')}${curator === undefined ? '' : ` with ${plural(curator.versionOf(loaded), 'change')} from ${config.store}`} in ${loadMs} ms; ` +
    `GraphiQL at http://${config.host}:${port}${yoga.graphqlEndpoint}`;
  // Workers leave the line to the primary, which logs it once when all have loaded.
  if (cluster.isWorker) await report({ kind: 'loaded', line });
  else console.log(line);
  return server;
}

/** Tells the primary process; resolves once the message is sent, so that an exit after it cannot lose it. */
function report(message: WorkerReport): Promise<void> {
  return new Promise((resolve) => process.send?.(message, undefined, undefined, () => resolve()) ?? resolve());
}

/**
 * The signals a worker acts on: those its primary process passes on. The
 * worker ignores its own, which a terminal sends to the whole process group
 * at once: acted on twice, a Ctrl-C would count as the second, cutting signal.
 */
function signalsFromPrimary(): EventEmitter {
  const signals = new EventEmitter();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => undefined);
  process.on('message', (message: unknown) => {
    if (message === 'SIGTERM' || message === 'SIGINT') signals.emit(message, message);
  });
  return signals;
}
