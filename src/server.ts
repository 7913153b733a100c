// First, so that graphql-js loads in production mode before any module imports it.
import './productionGraphql.ts';
import { readConfig, USAGE } from './readConfig.ts';
import { serve } from './serve.ts';

// Start-up failures are the operator's to fix (a bad flag, a bad data file),
// so they get the message alone, not a stack trace.
function fail(error: unknown): never {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

try {
  const config = readConfig(process.argv.slice(2), process.env);
  if (config === null) console.log(USAGE);
  else await serve(config);
} catch (error) {
  fail(error);
}
