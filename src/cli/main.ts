import { relaunchWithHugePages } from '../relaunchWithHugePages.ts';

// Before anything else loads, since the launcher that relaunches needs none of it.
await relaunchWithHugePages();
// Next, so that graphql-js loads in production mode for `serve` before any module imports it.
await import('../productionGraphql.ts');
const { runCli } = await import('./runCli.ts');

// Failures here are the user's to fix (a bad flag, a defective file), so
// they get the message alone, not a stack trace.
try {
  await runCli(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
