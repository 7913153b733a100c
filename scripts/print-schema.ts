// Writes schema.graphql from the code, or with --check fails when it is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { sortedSchemaText } from '../src/schema/sortedSchemaText.ts';

const FILE = new URL('../schema.graphql', import.meta.url);
const text = sortedSchemaText();

if (process.argv.includes('--check')) {
  const current = await readFile(FILE, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('schema.graphql differs from the schema the code builds: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  await writeFile(FILE, text);
  console.log('wrote schema.graphql');
}
