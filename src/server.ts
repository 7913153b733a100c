import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildGraph } from './graph/buildGraph.ts';
import { readPaperFile } from './ingest/readPaperFile.ts';
import { readConfig, USAGE } from './readConfig.ts';
import { createApp } from './yoga.ts';

// Start-up failures are the operator's to fix (a bad flag, a bad data file),
// so they get the message alone, not a stack trace.
function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === null) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const graph = buildGraph(await readPaperFile(config.data));
  const loadMs = Math.round(performance.now() - started);

  const yoga = createApp({ graph: () => graph });
  const server = createServer(yoga);
  server.on('error', (error) => fail(`cannot listen on ${config.host}:${config.port}: ${error.message}`));
  server.listen(config.port, config.host, () => {
    // The bound port, not the asked-for one: they differ for --port 0.
    const { port } = server.address() as AddressInfo;
    console.log(
      `coauthor-graph: ${graph.papers.length} papers, ${graph.authors.length} authors, ${graph.authorshipCount} authorships ` +
        `from ${config.data} in ${loadMs} ms; GraphiQL at http://${config.host}:${port}${yoga.graphqlEndpoint}`,
    );
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
    });
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
