import cluster from 'node:cluster';
import { relaunchWithHugePages } from './relaunchWithHugePages.ts';

// Before anything else loads, since the launcher that relaunches needs none of it.
await relaunchWithHugePages();
// Next, so that graphql-js loads in production mode before any module imports it.
await import('./productionGraphql.ts');
const [{ readConfig, USAGE }, { startServing }] = await Promise.all([import('./readConfig.ts'), import('./startServing.ts')]);

// Start-up failures are the operator's to fix (a bad flag, a bad data file),
// so they get the message alone, not a stack trace.
// A worker's failure is the primary's to report, once for all workers.
function fail(error: unknown): never {
  if (!cluster.isWorker) console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === null) console.log(USAGE);
  else await startServing(config);
} catch (error) {
  fail(error);
}
