import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { runCommand as cli } from './support/runCommand.ts';
import { collect, spawnScript } from './support/runScript.ts';

const ARXIV = '../shared/data/arxiv-kaggle-200/arxiv-metadata-oai-snapshot.first200.jsonl';
const GRQC = '../shared/data/snap/CA-GrQc.txt';
const HEPTH = '../shared/data/snap/ca-HepTh.txt';
const file = scratchFolder('cli-input');
const outputs = mkdtempSync(join(tmpdir(), 'cli-output-'));
afterAll(() => rmSync(outputs, { recursive: true, force: true }));
let outputCount = 0;
const output = (): string => join(outputs, `out-${++outputCount}.jsonl`);

/** The one-line summary `import` prints first, for an import that wrote `out`. */
const summary = (files: string, read: number, skipped: number, warnings: string, out: string): string =>
  `coauthor-graph import: ${files}, ${read} records read, ${read - skipped} imported, ${skipped} skipped, ${warnings}; wrote ${out}`;

describe('coauthor-graph', { timeout: 60_000 }, () => {
  it('lists its commands for --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: coauthor-graph <command> \[options\]\n/u);
    expect(stdout).toContain('\n  import   convert paper files');
    expect(stdout).toContain('\n  serve    load a paper file');
  });

  it('prints each command’s usage for --help', async () => {
    const [importHelp, serveHelp] = await Promise.all([cli('import', '--help'), cli('serve', '--help')]);
    expect(importHelp.stdout).toMatch(/^Usage: coauthor-graph import \[--from FORMAT\] FILE… --out FILE\.jsonl/u);
    expect(importHelp.stdout).toContain('\n  snap     .txt           SNAP pair list: one "<node> <node>" pair per line\n');
    expect(serveHelp.stdout).toMatch(/^Usage: coauthor-graph serve \[--data FILE…\] \[--format NAME\]/u);
    expect([importHelp.code, serveHelp.code]).toEqual([0, 0]);
  });

  it('refuses a bad flag with exit code 1 and one error line', async () => {
    expect(await cli('import', '--frm', 'snap', GRQC, '--out', output())).toEqual({
      code: 1,
      stdout: '',
      stderr: `error: unknown option '--frm'; see "coauthor-graph import --help"\n`,
    });
  });

  it('refuses an unknown command and a missing one', async () => {
    const [unknown, missing] = await Promise.all([cli('frobnicate'), cli()]);
    expect(unknown.stderr).toMatch(/^error: unknown command "frobnicate"; the commands are import, serve(, \w+)* \(see "coauthor-graph --help"\)\n$/u);
    expect(missing.stderr).toBe('error: expected a command; see "coauthor-graph --help"\n');
    expect([unknown.code, missing.code]).toEqual([1, 1]);
  });

  it('refuses an import without --out, or with an output serve would not read back', async () => {
    const [noOut, badOut] = await Promise.all([cli('import', GRQC), cli('import', GRQC, '--out', 'grqc.csv')]);
    expect(noOut.stderr).toBe('error: missing --out FILE.jsonl, the file to write; see "coauthor-graph import --help"\n');
    expect(badOut.stderr).toBe('error: --out must name a .jsonl or .ndjson file, got grqc.csv\n');
  });
});

describe('coauthor-graph import', { timeout: 60_000 }, () => {
  it('imports the arXiv sample, reporting its two warnings with file:line', async () => {
    const out = output();
    const { code, stdout } = await cli('import', '--from', 'arxiv', ARXIV, '--out', out);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      summary('1 file', 200, 0, '2 warnings', out),
      `warning ${ARXIV}:33: field "doi" holds 2 DOIs; kept the first, "10.1364/JOSAA.23.002578"`,
      `warning ${ARXIV}:38: field "doi" holds 2 DOIs; kept the first, "10.1016/j.jqsrt.2007.01.034"`,
      '',
    ]);
    expect(await readPaperFile(out)).toHaveLength(200);
  });

  it('imports a SNAP pair list: 14484 pairs and 12 self-pairs', async () => {
    const out = output();
    const { stdout } = await cli('import', '--from', 'snap', GRQC, '--out', out);
    expect(stdout).toBe(`${summary('1 file', 14484 + 12, 0, '0 warnings', out)}\n`);
    expect(await readPaperFile(out)).toHaveLength(14484 + 12);
  });

  it('detects the format when --from is not given', async () => {
    const out = output();
    const { stdout } = await cli('import', HEPTH, '--out', out);
    expect(stdout).toBe(`${summary('1 file', 25973 + 25, 0, '0 warnings', out)}\n`);
    expect(await readPaperFile(out)).toHaveLength(25973 + 25);
  });

  it('imports a listing, and writes canonical JSON Lines back byte for byte', async () => {
    const [fromListing, fromJsonLines] = [output(), output()];
    const listing = await cli('import', 'fixtures/seed.txt', '--out', fromListing);
    const jsonLines = await cli('import', '--from', 'jsonl', 'fixtures/seed.jsonl', '--out', fromJsonLines);
    expect([listing.stdout, jsonLines.stdout]).toEqual([
      `${summary('1 file', 6, 0, '0 warnings', fromListing)}\n`,
      `${summary('1 file', 6, 0, '0 warnings', fromJsonLines)}\n`,
    ]);
    expect(await readPaperFile(fromListing)).toHaveLength(6);
    expect(readFileSync(fromJsonLines, 'utf8')).toBe(readFileSync('fixtures/seed.jsonl', 'utf8'));
  });

  it('imports several files of different formats into one output', async () => {
    const out = output();
    const { stdout } = await cli('import', 'fixtures/seed.txt', GRQC, '--out', out);
    expect(stdout).toBe(`${summary('2 files', 6 + 14496, 0, '0 warnings', out)}\n`);
    expect(await readPaperFile(out)).toHaveLength(6 + 14496);
  });

  it('reads BibTeX files as one database, so macros and crossrefs may sit in another file', async () => {
    const out = output();
    const bib = (name: string) => `../shared/data/aibasel-bib/${name}.bib`;
    const { code, stdout } = await cli('import', bib('abbrv'), bib('literatur'), bib('crossref'), '--out', out);
    const imported = Number(/ (\d+) imported/u.exec(stdout)?.[1]);
    expect([code, stdout.startsWith('coauthor-graph import: 3 files, '), stdout.includes('@string macro')]).toEqual([0, true, false]);
    expect(await readPaperFile(out)).toHaveLength(imported);
  });

  it('--lenient skips defective records and lists them with file:line', async () => {
    const input = file('pairs.txt', '1 2\n1 2 3\n2 3\nx y\n');
    const out = output();
    const { code, stdout } = await cli('import', input, '--out', out, '--lenient');
    const reason = 'expected a pair of node ids (whole numbers) separated by whitespace, got';
    expect([code, stdout]).toEqual([
      0,
      `${summary('1 file', 4, 2, '0 warnings', out)}\nskipped ${input}:2: ${reason} "1 2 3"\nskipped ${input}:4: ${reason} "x y"\n`,
    ]);
    expect(await readPaperFile(out)).toHaveLength(2);
  });

  it('is strict by default: the first defect fails the import and writes nothing', async () => {
    const input = file('strict.txt', '1 2\n1 2 3\n');
    const out = output();
    const { code, stdout, stderr } = await cli('import', input, '--out', out);
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      `error: ${input}:2: expected a pair of node ids (whole numbers) separated by whitespace, got "1 2 3"\n`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(outputs).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('--lenient with every record defective fails and writes nothing', async () => {
    const input = file('all-bad.txt', 'a b\n1 2 3\n');
    const out = output();
    const { code, stdout, stderr } = await cli('import', '--from', 'snap', input, '--out', out, '--lenient');
    const reason = 'expected a pair of node ids (whole numbers) separated by whitespace, got';
    expect([code, stdout, stderr]).toEqual([
      1,
      '',
      `error: every record read was defective (2 records skipped); wrote nothing\nskipped ${input}:1: ${reason} "a b"\nskipped ${input}:2: ${reason} "1 2 3"\n`,
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(outputs).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('removes its partial output when stopped by %s, exiting %i', async (signal, exitCode) => {
    const input = file(`many-${signal}.txt`, Array.from({ length: 1_000_000 }, (_, index) => `${index} ${index + 1}\n`).join(''));
    const folder = mkdtempSync(join(outputs, 'stopped-'));
    const out = join(folder, 'out.jsonl');
    const child = spawnScript('src/cli/main.ts', ['import', '--from', 'snap', input, '--out', out]);
    const stderr = collect(child.stderr);
    // Stopped mid-write: once the first lines reached the temporary file.
    const partial = `${out}.${child.pid}.partial`;
    while (!existsSync(partial) || statSync(partial).size === 0) await setTimeout(20);
    child.kill(signal);
    const [code] = (await once(child, 'close')) as [number | null];
    expect([code, stderr(), readdirSync(folder)]).toEqual([exitCode, '', []]);
  });

  it('refuses a file whose format it cannot tell, before writing anything', async () => {
    const input = file('papers.csv', 'a,b\n');
    const out = output();
    const { code, stderr } = await cli('import', input, '--out', out);
    expect([code, stderr.startsWith(`error: cannot tell the format of ${input}: `), stderr.includes('--from')]).toEqual([1, true, true]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('coauthor-graph serve', { timeout: 60_000 }, () => {
  it('serves a file in another format, detected or named with --format', async () => {
    const args = ['serve', '--data', GRQC, '--format', 'snap', '--port', '0', '--host', '127.0.0.1'];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let log = '';
      for await (const chunk of child.stdout!) {
        log += String(chunk);
        if (log.includes('GraphiQL at')) break;
      }
      expect(log).toMatch(/^coauthor-graph: 14496 papers, 5242 authors, 28980 authorships from \.\.\/shared\/data\/snap\/CA-GrQc\.txt /u);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
