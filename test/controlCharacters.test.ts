import { describe, expect, it } from 'vitest';
import { bibtexFormat } from '../src/ingest/bibtex/bibtexFormat.ts';
import { jsonLinesFormat } from '../src/ingest/jsonl/jsonLinesFormat.ts';
import { removeControlCharacters } from '../src/ingest/removeControlCharacters.ts';
import { readFormat } from './support/readFormat.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const file = scratchFolder('control-characters');
const line = (record: object) => `${JSON.stringify(record)}\n`;

describe('removeControlCharacters', () => {
  it.each([
    ['a colour escape sequence, whole', 'Ann \u001b[31mLee\u001b[0m', 'Ann Lee'],
    ['a terminal title sequence, whole', 'Ann\u001b]0;owned\u0007 Lee', 'Ann Lee'],
    ['NUL, DEL and C1 controls', 'A\u0000n\u007fn\u0090 Lee', 'Ann Lee'],
    ['bidi overrides, isolates and marks', '\u202eeeL nnA\u202c \u2066x\u2069\u200f', 'eeL nnA x'],
    ['lone surrogates, keeping whole astral characters', 'Ann\ud800 Lee \ud83d\ude00\udc00', 'Ann Lee \ud83d\ude00'],
    ['tabs and line breaks, as one space', 'Attention\r\n\tIs All', 'Attention Is All'],
  ])('removes %s', (_what, text, clean) => {
    expect(removeControlCharacters(text)).toBe(clean);
  });

  it('keeps tabs and line feeds when asked, turning CRLF into LF', () => {
    expect(removeControlCharacters('One.\r\n\tTwo.\u001b[1m\u0000', { keepLineBreaks: true })).toBe('One.\n\tTwo.');
  });

  it('leaves letters of every script, combining marks and joiners alone', () => {
    expect(removeControlCharacters('Kamilė Lukošiūtė, 王小明, क्\u200dष, n\u0303')).toBe('Kamilė Lukošiūtė, 王小明, क्\u200dष, n\u0303');
  });
});

describe('import of text with control characters', () => {
  it('cleans every text field and warns once per record with the fields changed', async () => {
    const path = file(
      'hostile.jsonl',
      line({ title: 'Plain', authors: ['Ann Lee'] }) +
        line({ title: 'Red\u001b[31m title', abstract: 'One.\r\nTwo.\u0007', venue: 'V\u202e', authors: ['Ann Lee', 'Bob\u0000 Ray'] }),
    );
    const { records, report } = await readFormat(jsonLinesFormat, path);
    expect(records).toEqual([
      { title: 'Plain', authors: ['Ann Lee'] },
      { title: 'Red title', abstract: 'One.\nTwo.', venue: 'V', authors: ['Ann Lee', 'Bob Ray'] },
    ]);
    expect(report.firstWarnings).toEqual([{ line: 2, reason: 'removed control characters from authors[1], title, venue, abstract' }]);
  });

  it('rejects a record whose name is only control characters, or becomes a repeat', async () => {
    const path = file('empty-name.jsonl', line({ authors: ['Ann Lee', '\u202e\u0000'] }) + line({ authors: ['Ann Lee', 'Ann\u0000 Lee'] }));
    const { records, report } = await readFormat(jsonLinesFormat, path, { strict: false });
    expect(records).toEqual([]);
    expect(report.firstSkipped).toEqual([
      { line: 1, reason: 'authors[1] is nothing but control characters' },
      { line: 2, reason: 'authors[0] and authors[1] are the same name once control characters are removed' },
    ]);
  });

  it('cleans BibTeX fields too, warning at the line of the entry', async () => {
    const path = file('hostile.bib', '% a comment\n@article{k,\n  author = {Ann Lee and Bob Ray},\n  title = {Red\u001b[31m Title},\n  year = 2020\n}\n');
    const { records, report } = await readFormat(bibtexFormat, path);
    expect(records.map(({ title, authors }) => ({ title, authors }))).toEqual([{ title: 'Red Title', authors: ['Ann Lee', 'Bob Ray'] }]);
    expect(report.firstWarnings).toEqual([{ line: 2, reason: 'removed control characters from title' }]);
  });
});
