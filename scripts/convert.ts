import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { applyPaperMetadata } from '../src/ingest/applyPaperMetadata.ts';
import { formatJsonLines } from '../src/ingest/jsonl/formatJsonLines.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { readJsonFile } from '../src/ingest/readJsonFile.ts';
import { systemErrorReason } from '../src/ingest/systemErrorReason.ts';

const USAGE = `usage: npx tsx scripts/convert.ts <papers.txt|.jsonl|.ndjson> [--metadata <file.json>] --out <file.jsonl>

Reads a paper listing (.txt) or JSON Lines file, optionally adds titles and
arXiv ids from a metadata file, and writes the papers as JSON Lines.

  --metadata <file.json>  entries {published, firstAuthor, title, arxiv}
  --out <file.jsonl>      where to write (.jsonl or .ndjson)
  --help                  print this message`;

const OUTPUT_EXTENSIONS = ['.jsonl', '.ndjson'];

interface Options {
  readonly input: string;
  readonly metadata: string | undefined;
  readonly out: string;
}

async function main(args: readonly string[]): Promise<void> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const options = parseArgs(args);
  let records = await readPaperFile(options.input);
  if (options.metadata !== undefined) {
    records = applyPaperMetadata(records, await readJsonFile(options.metadata), options.metadata);
  }
  try {
    await writeFile(options.out, formatJsonLines(records));
  } catch (error) {
    throw new Error(`cannot write ${options.out}: ${systemErrorReason(error)}`, { cause: error });
  }
  console.log(`wrote ${records.length} ${records.length === 1 ? 'paper' : 'papers'} to ${options.out}`);
}

function parseArgs(args: readonly string[]): Options {
  const inputs: string[] = [];
  const values = new Map<string, string>();
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--metadata' || arg === '--out') {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('-')) throw new Error(`${arg} needs a file name`);
      if (values.has(arg)) throw new Error(`${arg} given twice`);
      values.set(arg, value);
      index += 1;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option "${arg}" (see --help)`);
    } else {
      inputs.push(arg);
    }
  }
  const [input, ...extra] = inputs;
  if (input === undefined) throw new Error('missing the input file (see --help)');
  if (extra.length > 0) throw new Error(`expected one input file, got ${inputs.length}: ${inputs.join(', ')}`);
  const out = values.get('--out');
  if (out === undefined) throw new Error('missing --out <file.jsonl> (see --help)');
  // readPaperFile picks the parser by extension, so any other name would write a file nothing can read back.
  if (!OUTPUT_EXTENSIONS.includes(extname(out).toLowerCase())) {
    throw new Error(`--out must name a ${OUTPUT_EXTENSIONS.join(' or ')} file, got ${out}`);
  }
  return { input, metadata: values.get('--metadata'), out };
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
