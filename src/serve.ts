import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildGraph } from './graph/buildGraph.ts';
import { readPaperFile } from './ingest/readPaperFile.ts';
import type { Config } from './readConfig.ts';
import { createApp } from './yoga.ts';

/**
 * Loads `config.data`, then listens, logging one line with the counts and
 * the GraphiQL address. Rejects, before listening, when the data cannot be
 * loaded or the address cannot be bound.
 *
 * @example const server = await serve({ data: 'fixtures/seed.jsonl', port: 0, host: '127.0.0.1' });
 */
export async function serve(config: Config): Promise<Server> {
  const started = performance.now();
  const graph = buildGraph(await readPaperFile(config.data));
  const loadMs = Math.round(performance.now() - started);

  const yoga = createApp({ graph: () => graph });
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new Error(`cannot listen on ${config.host}:${config.port}: ${error.message}`)));
    server.listen(config.port, config.host, resolve);
  });
  // The bound port, not the asked-for one: they differ for --port 0.
  const { port } = server.address() as AddressInfo;
  console.log(
    `coauthor-graph: ${graph.papers.length} papers, ${graph.authors.length} authors, ${graph.authorshipCount} authorships ` +
      `from ${config.data} in ${loadMs} ms; GraphiQL at http://${config.host}:${port}${yoga.graphqlEndpoint}`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    });
  }
  return server;
}
