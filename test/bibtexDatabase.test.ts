import { describe, expect, it } from 'vitest';
import { type IngestProblem, type IngestReport, createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { type BibtexDatabase, readBibtexDatabase } from '../src/ingest/bibtex/readBibtexDatabase.ts';
import { scratchFolder } from './support/scratchFolder.ts';
import { rejection } from './support/rejection.ts';

const file = scratchFolder('bibtexDatabase');
let files = 0;

/** A .bib file holding `lines`, one per line, so that line numbers in a test read off its array index + 1. */
function bib(...lines: string[]): string {
  files += 1;
  return file(`${files}.bib`, lines.join('\n'));
}

interface Outcome {
  readonly database: BibtexDatabase;
  readonly skipped: IngestProblem[];
  readonly warnings: IngestProblem[];
}

async function read(paths: readonly string[], strict = true): Promise<Outcome> {
  const reports: IngestReport[] = [];
  const database = await readBibtexDatabase(paths, (path) => {
    const [context, report] = createIngestContext(path, { strict });
    reports.push(report);
    return context;
  });
  return { database, skipped: reports.flatMap((report) => report.firstSkipped), warnings: reports.flatMap((report) => report.firstWarnings) };
}

async function records(...lines: string[]): Promise<readonly PaperRecord[]> {
  return (await read([bib(...lines)])).database.records;
}

async function lenient(...lines: string[]): Promise<Outcome> {
  return read([bib(...lines)], false);
}

/** The strict failure of a database, as [file, line, reason]. */
async function failure(paths: readonly string[]): Promise<[string, number, string]> {
  const error = await rejection(IngestError, () => read(paths), `reading ${paths.join(', ')}`);
  return [error.file, error.line, error.reason];
}

async function strictFailure(...lines: string[]): Promise<[number, string]> {
  const [, line, reason] = await failure([bib(...lines)]);
  return [line, reason];
}

describe('readBibtexDatabase reads BibTeX syntax', () => {
  it('makes a record of an entry with authors, title, year and venue', async () => {
    const lines = ['@Article{smith-2020,', '  author = "Ann Smith and Bo Li",', '  title = {A {GPU} Study},', '  journal = "J. Tests",', '  year = 2020', '}'];
    expect(await records(...lines)).toEqual([
      { id: 'bibtex:smith-2020', title: 'A GPU Study', year: 2020, venue: 'J. Tests', authors: ['Ann Smith', 'Bo Li'] },
    ]);
  });

  it('ignores the case of entry types and field names', async () => {
    expect(await records('@ARTICLE{k, AUTHOR = "Ann Smith", Title = "T", YeAr = "1999"}')).toEqual([
      { id: 'bibtex:k', title: 'T', year: 1999, authors: ['Ann Smith'] },
    ]);
  });

  it('reads entries delimited by parentheses', async () => {
    expect((await records('@inproceedings(k, author = {Ann Smith})'))[0]?.authors).toEqual(['Ann Smith']);
  });

  it('keeps nested braces and quotes inside braces in a value', async () => {
    expect((await records('@misc{k, author = "Ann Bell", title = "Das {\\"U}bel of {the {GPT}} {"}Model{"}"}'))[0]?.title).toBe('Das Übel of the GPT "Model"');
  });

  it('expands @string macros and # concatenation, with a macro defined from another', async () => {
    const found = await records(
      '@String{conf = "Proceedings of the"}',
      '@string{aaai = conf # " {AAAI} Conference"}',
      '@inproceedings{k, author = "Ann Bell", booktitle = aaai # { 2020, } # "Part " # 2}',
    );
    expect(found[0]?.venue).toBe('Proceedings of the AAAI Conference 2020, Part 2');
  });

  it('knows the month macros and sets published only from a full date', async () => {
    const found = await records(
      '@misc{a, author = "Ann Bell", year = 2020, month = jul, day = 14}',
      '@misc{b, author = "Ann Bell", year = 2020, month = "May"}',
      '@misc{c, author = "Ann Bell", year = 2020, month = "11", day = "3"}',
    );
    expect(found.map((record) => [record.published, record.year])).toEqual([
      ['2020-07-14', 2020],
      [undefined, 2020],
      ['2020-11-03', 2020],
    ]);
  });

  it('skips @comment, @preamble and text between entries, and does not count them', async () => {
    const { database } = await read([
      bib('Plain text is a comment.', '@comment{author = "Not Me"}', '@preamble{"\\newcommand{\\noopsort}[1]{}"}', '@misc{k, author = "Ann Bell"}'),
    ]);
    expect(database.entries).toBe(1);
    expect(database.records.map((record) => record.authors)).toEqual([['Ann Bell']]);
  });

  it('skips a % comment between fields', async () => {
    expect((await records('@misc{k,', '  % TODO(Ann): add pages.', '  author = "Ann Bell"', '}'))[0]?.authors).toEqual(['Ann Bell']);
  });

  it('takes url as written and a DOI without doi: or resolver prefix', async () => {
    const found = await records('@misc{k, author = "Ann Bell", url = "https://x.org/~ann/a--b\\_c", doi = "doi:10.1/X"}');
    expect([found[0]?.url, found[0]?.externalIds]).toEqual(['https://x.org/~ann/a--b_c', { doi: '10.1/X' }]);
  });

  it('warns about a year that is not a number and imports the record without one', async () => {
    const { database, warnings } = await lenient('@misc{k, author = "Ann Bell",', '  year = "to appear"}');
    expect(database.records[0]?.year).toBeUndefined();
    expect(warnings).toEqual([{ line: 2, reason: 'entry "k": year "to appear" is not a number; the record has no year' }]);
  });

  it('warns about a LaTeX command it cannot convert and keeps it as written', async () => {
    const { database, warnings } = await lenient('@misc{k,', '  author = "Ann Bell",', '  title = "On \\foo{X}"}');
    expect(database.records[0]?.title).toBe('On \\foo{X}');
    expect(warnings).toEqual([
      { line: 3, reason: 'entry "k": the title holds the LaTeX command "\\foo", which has no Unicode equivalent here; it is kept as written' },
    ]);
  });

  it('warns about a repeated field and keeps the first', async () => {
    const { database, warnings } = await lenient('@misc{k, author = "Ann Bell",', '  title = "One",', '  title = "Two"}');
    expect(database.records[0]?.title).toBe('One');
    expect(warnings).toEqual([{ line: 3, reason: 'entry "k": field "title" appears twice (lines 2 and 3); the first is used' }]);
  });
});

describe('readBibtexDatabase reads author lists', () => {
  it('splits at "and" in any case, but not inside braces', async () => {
    expect((await records('@misc{k, author = "{Barnes and Noble} and Ann Smith AND Bo Li"}'))[0]?.authors).toEqual(['Barnes and Noble', 'Ann Smith', 'Bo Li']);
  });

  it('splits at "and" across line breaks and reads every name form', async () => {
    const found = await records('@misc{k, author = "Hoffmann, J{\\"o}rg and Tom{\\\'a}s de la Rosa', '    and Hunt, Jr., Warren A."}');
    expect(found[0]?.authors).toEqual(['Jörg Hoffmann', 'Tomás de la Rosa', 'Warren A. Hunt Jr.']);
  });

  it('drops "and others" with a warning at its line', async () => {
    const { database, warnings } = await lenient('@misc{k, author = "Ann Smith', '  and others"}');
    expect(database.records[0]?.authors).toEqual(['Ann Smith']);
    expect(warnings).toEqual([{ line: 2, reason: 'entry "k": "and others" dropped; the byline is incomplete' }]);
  });

  it('warns, at the line of the piece, about a name that "and" split in two', async () => {
    const { database, warnings } = await lenient('@misc{k, author = "Vijay Vasudevan and Fern and a', '  Vi{\\\'e}gas"}');
    expect(database.records[0]?.authors).toEqual(['Vijay Vasudevan', 'Fern', 'a Viégas']);
    expect(warnings).toEqual([
      {
        line: 1,
        reason:
          'entry "k": author "a Viégas" has no first name and starts with the lower-case word "a": ' +
          'it looks like the end of a name split at the word "and" ("Fern and a Viégas"); correct the author field',
      },
    ]);
  });

  it('rejects an author listed twice', async () => {
    expect(await strictFailure('@misc{k, author = "Ann Smith and Bo Li and', '  ann  smith"}')).toEqual([
      2,
      'entry "k": "ann smith" is listed twice among the authors (as "Ann Smith" before); remove the repeat',
    ]);
  });

  it('rejects an empty name between two "and"s', async () => {
    expect(await strictFailure('@misc{k, author = "Ann Smith and { } and Bo Li"}')).toEqual([1, 'entry "k": author 2, "{ }", has no letters']);
  });

  it('rejects a name with too many commas', async () => {
    expect(await strictFailure('@misc{k, author = "Smith, Jr., Ann, X"}')).toEqual([
      1,
      'entry "k": author 1, "Smith, Jr., Ann, X", has 3 commas; a name is "First von Last", "von Last, First" or "von Last, Jr, First"',
    ]);
  });

  it('rejects an author field of "others" alone', async () => {
    expect(await strictFailure('@misc{k, author = "others"}')).toEqual([1, 'entry "k": the author field names no one but "others"; name at least one author']);
  });

  it('rejects an empty author field', async () => {
    expect(await strictFailure('@misc{k, author = ""}')).toEqual([1, 'entry "k": the author field is empty; name the authors or remove the field']);
  });
});

describe('readBibtexDatabase resolves crossref', () => {
  const proceedings = ['@proceedings{conf2020,', '  editor = "Ed Itor",', '  title = "Proc. Conf 2020",', '  booktitle = "Proc. Conf 2020",', '  year = 2020', '}'];

  it('fills in the fields an entry lacks from its target, which is no record without authors', async () => {
    const { database } = await read([
      bib(
        '@inproceedings{a, author = "Ann Bell", title = "T", crossref = "conf2020"}',
        '@inproceedings{b, author = "Cy Dean", booktitle = "Own", crossref = "CONF2020"}',
        ...proceedings,
      ),
    ]);
    expect(database.records).toEqual([
      { id: 'bibtex:a', title: 'T', year: 2020, venue: 'Proc. Conf 2020', authors: ['Ann Bell'] },
      { id: 'bibtex:b', title: 'Proc. Conf 2020', year: 2020, venue: 'Own', authors: ['Cy Dean'] },
    ]);
    expect([database.entries, database.withoutAuthors]).toEqual([3, 1]);
  });

  it('makes a record of a target that has authors', async () => {
    const found = await records('@incollection{ch, author = "Ann Bell", crossref = "bk"}', '@book{bk, author = "Cy Dean", title = "The Book", year = 1999}');
    expect(found.map((record) => [record.id, record.authors])).toEqual([
      ['bibtex:ch', ['Ann Bell']],
      ['bibtex:bk', ['Cy Dean']],
    ]);
  });

  it('takes macros and crossref targets from other files, in any order', async () => {
    const entries = bib('@inproceedings{a,', '  author = "Ann Bell",', '  note = venue,', '  crossref = "conf2020"}');
    const { database } = await read([entries, bib(...proceedings), bib('@string{venue = "V"}')]);
    expect(database.records).toEqual([{ id: 'bibtex:a', title: 'Proc. Conf 2020', year: 2020, venue: 'Proc. Conf 2020', authors: ['Ann Bell'] }]);
  });

  it('when lenient, imports an entry whose target is missing with its own fields, warning once', async () => {
    const { database, warnings } = await lenient('@misc{a, author = "Ann Bell", crossref = "gone"}', '@misc{b, author = "Cy Dean", crossref = "gone"}');
    expect(database.records.map((record) => record.authors)).toEqual([['Ann Bell'], ['Cy Dean']]);
    expect(warnings.map((warning) => warning.line)).toEqual([1]);
  });

  it('when lenient, keeps the name of an undefined macro as the text, warning once', async () => {
    const path = bib('@article{a, author = "Ann Bell", journal = jair}', '@article{b, author = "Cy Dean", journal = jair}');
    const { database, warnings } = await read([path], false);
    expect(database.records.map((record) => record.venue)).toEqual(['jair', 'jair']);
    expect(warnings).toEqual([
      {
        line: 1,
        reason:
          `field "journal" of entry "a" uses the @string macro "jair", which is not defined in ${path}; ` +
          'read the .bib file that defines it together with this one; its name is kept as the text (later uses are not reported)',
      },
    ]);
  });

  it('warns when a macro is defined again with a different value, and uses the later one', async () => {
    const first = bib('@string{j = "One"}');
    const second = bib('', '@string{j = "Two"}', '@article{a, author = "Ann Bell", journal = j}');
    const { database, warnings } = await read([first, second]);
    expect(database.records[0]?.venue).toBe('Two');
    expect(warnings).toEqual([{ line: 2, reason: `@string "j" is defined again with a different value (first at ${first}:1); the later definition is used` }]);
  });

  it('rejects a citation key used twice, in whichever file the repeat is', async () => {
    const first = bib('@misc{Smith20, author = "Ann Bell"}');
    const second = bib('', '@misc{smith20, author = "Cy Dean"}');
    expect(await failure([first, second])).toEqual([
      second,
      2,
      `entry "smith20" repeats the citation key of the entry at ${first}:1; rename one or remove the repeat`,
    ]);
    const { database, skipped } = await read([first, second], false);
    expect([database.entries, database.records.length, database.withoutAuthors, skipped.length]).toEqual([2, 1, 0, 1]);
  });
});

describe('readBibtexDatabase on malformed input', () => {
  const next = '@misc{ok, author = "Ok Fine"}';

  it('names the brace left open and where the next entry starts', async () => {
    const lines = ['@misc{a,', '  author = "Ann Bell",', '  title = {An {Open Title,', '  year = 2020', '}', '', next];
    const reason = 'entry "a": unbalanced braces in field "title": this "{" is not closed before the next entry starts on line 7; add the missing "}"';
    expect(await strictFailure(...lines)).toEqual([3, reason]);
    const { database, skipped } = await lenient(...lines);
    expect(database.records.map((record) => record.id)).toEqual(['bibtex:ok']);
    expect(skipped).toEqual([{ line: 3, reason }]);
  });

  it('names a brace left open at the end of the file', async () => {
    expect(await strictFailure('@misc{a,', '  title = {Open')).toEqual([
      2,
      'entry "a": unbalanced braces in field "title": this "{" is not closed before the end of the file; add the missing "}"',
    ]);
  });

  it('names a closing brace that closes nothing in a quoted value', async () => {
    expect(await strictFailure('@misc{a,', '  title = "Shut}"', '}')).toEqual([
      2,
      'entry "a": in field "title", this "}" closes no "{": either the quoted value that starts on line 2 lacks its closing \'"\', or the "}" is one too many',
    ]);
  });

  it('names a quoted value that is never closed', async () => {
    expect(await strictFailure('@misc{a,', '  title = "Open,', '  year = 2020', next)).toEqual([
      2,
      'entry "a": the quoted value of field "title" has no closing \'"\' before the next entry starts on line 4',
    ]);
    expect(await strictFailure('@misc{a,', '  title = "Open,', '}', next)).toEqual([
      3,
      'entry "a": in field "title", this "}" closes no "{": either the quoted value that starts on line 2 lacks its closing \'"\', or the "}" is one too many',
    ]);
  });

  it('rejects an entry that an extra "}" closed early, as BibTeX would drop its last fields silently', async () => {
    const lines = ['@misc{a,', '  author = "Ann Bell",', '  title = {T}},', '  year = 2020', '}', next];
    expect(await strictFailure(...lines)).toEqual([
      4,
      'entry "a" closes on line 3, but what follows looks like more of it: "year = 2020"; remove the extra "}" that closed it early',
    ]);
    const { database, skipped } = await lenient(...lines);
    expect(database.records.map((record) => record.id)).toEqual(['bibtex:ok']);
    expect(skipped.map((problem) => problem.line)).toEqual([4]);
  });

  it('warns about a stray "}" after a complete entry and keeps the entry', async () => {
    const { database, warnings } = await lenient('@misc{a, author = "Ann Bell"}', '}', next);
    expect(database.records.map((record) => record.id)).toEqual(['bibtex:a', 'bibtex:ok']);
    expect(warnings).toEqual([{ line: 2, reason: 'a stray "}" after entry "a" (which closes on line 1) is ignored; remove it' }]);
  });

  it('names the missing comma between two fields', async () => {
    const lines = ['@misc{a,', '  author = "Ann Bell"', '  title = "T"', '}', next];
    const reason = 'entry "a": expected "," or "}" after the value of field "author", got "title"; add the missing ","';
    expect(await strictFailure(...lines)).toEqual([3, reason]);
    const { database, skipped } = await lenient(...lines);
    expect(database.records.map((record) => record.id)).toEqual(['bibtex:ok']);
    expect(skipped).toEqual([{ line: 3, reason }]);
  });

  it('names the missing comma after the citation key', async () => {
    expect(await strictFailure('@misc{a', '  author = "Ann Bell"}')).toEqual([
      2,
      'entry "a": expected "," or "}" after the citation key, got "author"; add the missing ","',
    ]);
  });

  it('names a missing "="', async () => {
    expect(await strictFailure('@misc{a,', '  author "Ann Bell"}')).toEqual([2, 'entry "a": expected "=" after the field name "author", got "\\"Ann"']);
  });

  it('names a missing citation key', async () => {
    expect(await strictFailure('@misc{', '  author = "Ann Bell"}')).toEqual([
      2,
      'the @misc entry on line 1 has no citation key: expected "@misc{key,", got "author"',
    ]);
  });

  it('names an entry line without its opening brace, but takes an @ inside text for text', async () => {
    expect(await strictFailure('Mail ann@example.org.', '@misc k, author = "Ann Bell"}')).toEqual([2, 'expected "{" after "@misc", got "k,"']);
  });

  it('names a missing value', async () => {
    expect(await strictFailure('@misc{a, author = , title = "T"}')).toEqual([
      1,
      'entry "a": expected the value of field "author" ("{…}", "\\"…\\"", a number or a @string name), got ","',
    ]);
  });
});
