import { describe, expect, it } from 'vitest';
import { runServerToExit, startListening } from './support/runServer.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const tempFile = scratchFolder('server');

const GOOD_HEADER = '1 code implementation • 10 Jan 2024 • Ann Author, Bob Author';

// Each test starts one or two server processes, which takes seconds on a busy machine.
describe('the server process', { timeout: 30_000 }, () => {
  it('serves the seed, logs counts, and answers GraphiQL and queries', async () => {
    const { url, log, child } = await startListening([]);
    try {
      expect(log).toMatch(/^coauthor-graph: 6 papers, 99 authors, 256 authorships from fixtures\/seed\.jsonl in \d+ ms; GraphiQL at /u);
      const page = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('author(name: \\"Ethan Perez\\")');
      // Scripts and styles come with the page, not from a CDN: GraphiQL works offline.
      expect(html).not.toMatch(/<(?:script|link)\b[^>]*\b(?:src|href)=["']?https?:/u);
      const answer = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ papers { totalCount } }' }),
      });
      expect(await answer.json()).toEqual({ data: { papers: { totalCount: 6 } }, extensions: { cost: 1 } });
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('keeps every spelling apart with --identity exact', async () => {
    const { log, child } = await startListening(['--identity', 'exact']);
    child.kill('SIGTERM');
    expect(log).toContain('6 papers, 103 authors, 256 authorships from fixtures/seed.jsonl');
  });

  it('loads a BibTeX database split over several files given with repeated --data', async () => {
    const dir = '../shared/data/aibasel-bib/';
    const { log, child } = await startListening(['--data', `${dir}abbrv.bib`, '--data', `${dir}literatur.bib`, '--data', `${dir}crossref.bib`]);
    child.kill('SIGTERM');
    // 2260 entries with authors (see bibtexFormat.test.ts); 2447 people once spellings merge (identityBasel.test.ts).
    expect(log).toContain(`2260 papers, 2447 authors, 6500 authorships from ${dir}abbrv.bib, ${dir}literatur.bib, ${dir}crossref.bib`);
  });

  it('loads a listing given with --data', async () => {
    const { log, child } = await startListening(['--data', 'fixtures/seed.txt']);
    child.kill('SIGTERM');
    expect(log).toContain('6 papers, 99 authors, 256 authorships from fixtures/seed.txt');
  });

  it('refuses to start on a bad date, naming file and line, without a stack trace', async () => {
    const file = tempFile('bad.txt', `${GOOD_HEADER}\nabstract\n1 code implementation • 31 Foo 2023 • Ann Author\nabstract\n`);
    const { code, stdout, stderr } = await runServerToExit(['--data', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^error: ${file}:3: .*31 Foo 2023`, 'u'));
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it('refuses an empty author name', async () => {
    const file = tempFile('empty.txt', '1 code implementation • 10 Jan 2024 • Ann Author, , Bob\nabstract\n');
    const { code, stderr } = await runServerToExit(['--data', file]);
    expect([code, stderr.startsWith(`error: ${file}:1: `)]).toEqual([1, true]);
  });

  it('refuses a truncated file whose last header lacks its abstract', async () => {
    const file = tempFile('cut.txt', `${GOOD_HEADER}\nabstract\n${GOOD_HEADER.replace('Ann', 'Cy')}`);
    const { code, stderr } = await runServerToExit(['--data', file]);
    expect([code, stderr.startsWith(`error: ${file}:3: `)]).toEqual([1, true]);
  });

  it('refuses a missing data file and a bad port with a plain message', async () => {
    const missing = await runServerToExit(['--data', 'no/such/file.jsonl']);
    expect([missing.code, missing.stderr.split('\n')[0]]).toEqual([1, expect.stringContaining('no/such/file.jsonl')]);
    const port = await runServerToExit([], { PORT: 'eighty' });
    expect([port.code, port.stderr]).toEqual([1, 'error: PORT must be a whole number from 0 to 65535, got "eighty"\n']);
  });
});
