// Generates realistic co-authorship data as canonical JSON Lines, for speed
// and scale measurements: heavy-tailed productivity (Pareto, α ≈ 2.1), about
// 0.55 people per paper, teams of median 3 drawn mostly from the first
// author's recurring circle (12% single-author, 0.5% collaborations of
// 20–300), years 1975–2024, titles, venues, and names from seventeen naming
// traditions that the identity rules never join. The output is the same,
// byte for byte, for the same --seed and --papers, and is streamed (memory
// grows with people, not papers). Prints one summary line to stderr.
// Usage: npx tsx bench/generate.ts --papers 100000 [--seed 1] [--out bench/out/papers-100k.jsonl]
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { PaperGenerator } from './generator/PaperGenerator.ts';

const CHUNK_CHARS = 1 << 20;

const { values } = parseArgs({
  options: { papers: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const papers = wholeNumber('--papers', values.papers, 1);
const seed = wholeNumber('--seed', values.seed, 0);

const output: Writable = values.out === undefined ? process.stdout : createWriteStream(values.out);
const failed = new Promise<never>((_, reject) => output.once('error', reject));
const generator = new PaperGenerator({ papers, seed });
const teamSizes: number[] = [];
let authorships = 0;
let singleAuthor = 0;
let chunk = '';
for (let i = 0; i < papers; i++) {
  const record = generator.next();
  const size = record.authors.length;
  teamSizes[size] = (teamSizes[size] ?? 0) + 1;
  authorships += size;
  if (size === 1) singleAuthor++;
  // The generator builds each record's fields in canonical order, so this is formatJsonLine's line, faster.
  chunk += `${JSON.stringify(record)}\n`;
  if (chunk.length >= CHUNK_CHARS) {
    if (!output.write(chunk)) await Promise.race([once(output, 'drain'), failed]);
    chunk = '';
  }
}
output.write(chunk);
if (output !== process.stdout) {
  output.end();
  await Promise.race([once(output, 'finish'), failed]);
}

let people = 0;
let maxPapers = 0;
for (const count of generator.papersOf) {
  if (count > 0) people++;
  if (count > maxPapers) maxPapers = count;
}
console.error(
  `generate: ${papers} papers, ${people} people (${(people / papers).toFixed(3)} per paper), ${authorships} authorships, ` +
    `max ${maxPapers} papers of one author, ${((100 * singleAuthor) / papers).toFixed(1)}% single-author, ` +
    `median team ${medianOf(teamSizes, papers)}`,
);

function medianOf(counts: readonly number[], total: number): number {
  let seen = 0;
  for (const [size, count] of counts.entries()) {
    seen += count ?? 0;
    if (seen * 2 >= total) return size;
  }
  return 0;
}

function wholeNumber(flag: string, text: string | undefined, least: number): number {
  if (text === undefined) throw new Error(`${flag} is required, e.g. ${flag} 100000`);
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least) throw new Error(`${flag} must be a whole number ≥ ${least}, got "${text}"`);
  return value;
}
