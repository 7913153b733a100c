import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createIdentityResolver } from './createIdentityResolver.ts';
import { buildGraph } from './graph/buildGraph.ts';
import { coauthorAdjacency } from './graph/coauthorAdjacency.ts';
import { searchIndex } from './graph/searchIndex.ts';
import type { CoauthorGraph } from './graph/CoauthorGraph.ts';
import { createHttpServer } from './http/createHttpServer.ts';
import { shutDownOnSignals } from './http/shutDownOnSignals.ts';
import { readPaperFiles } from './ingest/readPaperFiles.ts';
import type { Config } from './readConfig.ts';
import { createApp } from './yoga.ts';

/**
 * Listens, then loads `config.data` and logs one line with the counts and
 * the GraphiQL address. While the data loads, `/healthz` answers 200 and
 * `/readyz` and GraphQL requests 503. Rejects when the address cannot be
 * bound or the data cannot be loaded (the server is closed again then). On
 * SIGTERM or SIGINT it drains and exits 0 (see `shutDownOnSignals`).
 *
 * @example const server = await serve(readConfig(['--port', '0'], {})!);
 */
export async function serve(config: Config): Promise<Server> {
  let graph: CoauthorGraph | undefined;
  let draining = false;
  const yoga = createApp({ ...config, graph: () => graph, ready: () => graph !== undefined && !draining });
  const server = createHttpServer(yoga, { ...config, bodyBytes: config.limits.bodyBytes });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`cannot listen on ${config.host}:${config.port}: ${error.message}`)));
    server.listen(config.port, config.host, resolve);
  });
  // Installed before the data loads, so a signal then also ends the process with 0.
  shutDownOnSignals(server, { graceMs: config.shutdownGraceMs, onDrain: () => (draining = true), log: console.log });

  const started = performance.now();
  try {
    const resolveIdentities = await createIdentityResolver(config);
    graph = buildGraph(await readPaperFiles(config.data, { format: config.format }), { resolveIdentities });
    // Built now rather than by the first path, network or search request,
    // which would otherwise stall on a large graph.
    coauthorAdjacency(graph);
    searchIndex(graph);
  } catch (error) {
    server.close();
    throw error;
  }
  const loadMs = Math.round(performance.now() - started);
  // The bound port, not the asked-for one: they differ for --port 0.
  const { port } = server.address() as AddressInfo;
  console.log(
    `coauthor-graph: ${graph.papers.length} papers, ${graph.authors.length} authors, ${graph.authorshipCount} authorships ` +
      `from ${config.data.join(', ')} in ${loadMs} ms; GraphiQL at http://${config.host}:${port}${yoga.graphqlEndpoint}`,
  );
  return server;
}
