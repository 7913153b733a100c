import { runCli } from './runCli.ts';

// Failures here are the user's to fix (a bad flag, a defective file), so
// they get the message alone, not a stack trace.
try {
  await runCli(process.argv.slice(2));
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
