import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type IngestReport, createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { bibtexFormat } from '../src/ingest/bibtex/bibtexFormat.ts';
import { type BibtexDatabase, readBibtexDatabase } from '../src/ingest/bibtex/readBibtexDatabase.ts';
import { rejection } from './support/rejection.ts';

const DIR = '../shared/data/aibasel-bib';
const ABBRV = `${DIR}/abbrv.bib`;
const LITERATUR = `${DIR}/literatur.bib`;
const CROSSREF = `${DIR}/crossref.bib`;

interface Read {
  readonly database: BibtexDatabase;
  readonly reports: ReadonlyMap<string, IngestReport>;
}

async function read(paths: readonly string[], strict = true): Promise<Read> {
  const reports = new Map<string, IngestReport>();
  const database = await readBibtexDatabase(paths, (path) => {
    const [context, report] = createIngestContext(path, { strict });
    reports.set(path, report);
    return context;
  });
  return { database, reports };
}

function failure(paths: readonly string[]): Promise<IngestError> {
  return rejection(IngestError, () => read(paths), `reading ${paths.join(', ')}`);
}

/** The Basel bibliography as its README says to cite it: `\bibliography{abbrv,literatur,crossref}`. */
const basel = read([ABBRV, LITERATUR, CROSSREF]);

async function record(key: string): Promise<PaperRecord | undefined> {
  return (await basel).database.records.find((found) => found.id === `bibtex:${key}`);
}

async function authorsOf(key: string): Promise<readonly string[] | undefined> {
  return (await record(key))?.authors;
}

// Independent of the importer: entries start with "@Type{" at the start of a line, every
// author field in these files is one quoted value ending its line, and names are joined by "and".
const sources = [ABBRV, LITERATUR, CROSSREF].map((path) => readFileSync(path, 'utf8'));
const entryChunks = sources.flatMap((text) => text.split(/^(?=@)/mu)).filter((chunk) => /^@(?!string|comment|preamble)\w+\{/iu.test(chunk));
const authorFields = sources.flatMap((text) => [...text.matchAll(/^\s*author\s*=\s*"([\s\S]*?)"\s*,?\s*$/gmu)].map((match) => match[1] ?? ''));
const rawNames = authorFields.flatMap((field) => field.split(/\s+and\s+/iu).map((name) => name.replace(/\s+/gu, ' ').trim())).filter((name) => name !== 'others');

/** One key per spelling class: commas reordered, `{\"o}`, `\"{o}` and `{J\"org}` all become `J\"org`. */
function spellingKey(name: string): string {
  const parts = name.split(',').map((part) => part.trim());
  const ordered = parts.length === 3 ? `${parts[2]} ${parts[0]} ${parts[1]}` : parts.length === 2 ? `${parts[1]} ${parts[0]}` : name;
  return ordered
    .replace(/\\i(?![a-zA-Z])/gu, 'i')
    .replace(/[{}]/gu, '')
    .replace(/\\([^a-zA-Z]|[uvHckr](?![a-zA-Z]))\s*/gu, '\\$1')
    .replace(/[~\s]+/gu, ' ')
    .trim();
}

describe('the Basel bibliography read as one database (abbrv, literatur, crossref)', () => {
  it('reads every entry, as many as a line-start "@Type{" count finds', async () => {
    const { database } = await basel;
    expect(entryChunks.length).toBe(2286 + 393);
    expect(database.entries).toBe(entryChunks.length);
  });

  it('makes one record per entry with an author field and counts the others as without authors', async () => {
    const { database } = await basel;
    const withAuthors = entryChunks.filter((chunk) => /^\s*author\s*=/mu.test(chunk)).length;
    expect(database.records).toHaveLength(withAuthors);
    expect(database.withoutAuthors).toBe(entryChunks.length - withAuthors);
  });

  it('imports every authorship, "others" excepted', async () => {
    const { database } = await basel;
    expect(authorFields).toHaveLength(database.records.length);
    expect(database.records.reduce((sum, found) => sum + found.authors.length, 0)).toBe(rawNames.length);
  });

  it('gives one author string per spelling, however its accents are braced', async () => {
    const { database } = await basel;
    const distinct = new Set(database.records.flatMap((found) => found.authors));
    expect(distinct.size).toBe(new Set(rawNames.map(spellingKey)).size);
  });

  it('spells Jörg Hoffmann one way whether the source writes J{\\"o}rg, J{\\"{o}}rg or {J\\"org}', async () => {
    expect(await authorsOf('borgwardt-et-al-aaai2022')).toEqual([
      'Stefan Borgwardt',
      'Jörg Hoffmann',
      'Alisa Kovtunova',
      'Markus Krötzsch',
      'Bernhard Nebel',
      'Marcel Steinmetz',
    ]);
    expect(await authorsOf('helmert-et-al-aaai2008')).toEqual(['Malte Helmert', 'Patrik Haslum', 'Jörg Hoffmann']);
    expect((await authorsOf('lauer-et-al-ijcai2021'))?.at(-1)).toBe('Jörg Hoffmann');
    const { database } = await basel;
    const hoffmanns = new Set(database.records.flatMap((found) => found.authors).filter((name) => name.endsWith('Hoffmann')));
    expect([...hoffmanns]).toEqual(['Jörg Hoffmann']);
  });

  it('writes Héctor Geffner in Unicode and keeps the unaccented spelling apart', async () => {
    expect(await authorsOf('bonet-et-al-aaai1997')).toEqual(['Blai Bonet', 'Gábor Loerincs', 'Héctor Geffner']);
    const { database } = await basel;
    const geffners = new Set(database.records.flatMap((found) => found.authors).filter((name) => name.endsWith('Geffner')));
    expect([...geffners].sort()).toEqual(['Hector Geffner', 'Héctor Geffner', 'Tomas Geffner']);
  });

  it('converts the accents of hand-checked bylines', async () => {
    expect(await authorsOf('aziz-et-al-dac1994')).toEqual(['Adnan Aziz', 'Serdar Taşıran', 'Robert K. Brayton']);
    expect(await authorsOf('horcik-et-al-aaai2025')).toEqual([
      'Rostislav Horčik',
      'Gustav Šír',
      'Vítězslav Šimek',
      'Tomáš Pevnỳ', // the source writes Pevn{\`y}, a grave accent
    ]);
    expect(await authorsOf('gzubicki-et-al-ipcl2023')).toEqual(['Piotr Rafał Gzubicki', 'Bartosz Piotr Lachowicz', 'Álvaro Torralba']);
    expect(await authorsOf('torralba-et-al-ipc2023')).toEqual(['Álvaro Torralba', 'Silvan Sievers', 'Rasmus G. Tollund', 'Kristian Ø. Nielsen']);
    expect(await authorsOf('mero-aij1984')).toEqual(['László Mérő']);
    // \u is a breve, and S and s have no precomposed form with one: letter and combining mark stay two code points.
    expect(await authorsOf('stolba-et-al-icaps2016')).toEqual(['Michal S\u0306tolba', 'Daniel Fis\u0306er', 'Antonín Komenda']);
  });

  it('splits "First von Last" and "Last, Jr., First" names', async () => {
    expect(await authorsOf('jimenez-et-al-ker2012')).toEqual([
      'Sergio Jiménez',
      'Tomás de la Rosa',
      'Susana Fernandéz',
      'Fernando Fernandéz',
      'Daniel Borrajo',
    ]);
    expect(await authorsOf('akers-ieeecomp1978')).toEqual(['Sheldon B. Akers Jr.']);
  });

  it('takes booktitle and year from the crossref target', async () => {
    expect(await record('abbe-et-al-neurips2024')).toEqual({
      id: 'bibtex:abbe-et-al-neurips2024',
      title: 'How Far Can Transformers Reason? The Globality Barrier and Inductive Scratchpad',
      year: 2024,
      venue: 'Proceedings of the Thirty-Eighth Annual Conference on Neural Information Processing Systems (NeurIPS 2024)',
      authors: ['Emmanuel Abbe', 'Samy Bengio', 'Aryo Lotfi', 'Colin Sandon', 'Omid Saremi'],
    });
  });

  it('expands a journal macro from abbrv.bib', async () => {
    expect((await record('adriaensen-et-al-jair2022'))?.venue).toBe('Journal of Artificial Intelligence Research');
  });

  it('takes url as written and a DOI without its resolver prefix', async () => {
    expect((await record('abadi-et-al-misc2015'))?.url).toBe('https://tensorflow.org/');
    expect((await record('graedel-mccolm-apal1996'))?.externalIds).toEqual({ doi: '10.1016/0168-0072(95)00021-6' });
  });

  it('drops "and others" with a warning', async () => {
    expect(await authorsOf('chollet-et-al-misc2015')).toEqual(['François Chollet']);
  });

  it('warns about exactly the defects of literatur.bib: a name split at "and" twice, "and others", two stray braces', async () => {
    const { reports } = await basel;
    expect(reports.get(LITERATUR)?.firstWarnings).toEqual([
      {
        line: 58,
        reason:
          'entry "abadi-et-al-misc2015": author "a Viégas" has no first name and starts with the lower-case word "a": ' +
          'it looks like the end of a name split at the word "and" ("Fern and a Viégas"); correct the author field',
      },
      { line: 3276, reason: 'entry "chollet-et-al-misc2015": "and others" dropped; the byline is incomplete' },
      { line: 6801, reason: 'a stray "}" after entry "freark-nfm2021" (which closes on line 6800) is ignored; remove it' },
      { line: 11983, reason: 'a stray "}" after entry "laarman-isse2019" (which closes on line 11982) is ignored; remove it' },
      {
        line: 15778,
        reason:
          'entry "sanner-et-al-ijcai2009": author "G." is only initials: ' +
          'it looks like the start of a name split at the word "and" ("G. and Shani"); correct the author field',
      },
    ]);
    expect(reports.get(ABBRV)?.warnings).toBe(0);
    expect(reports.get(CROSSREF)?.warnings).toBe(0);
  });

  it('keeps the split name as two authors, as written', async () => {
    expect((await authorsOf('abadi-et-al-misc2015'))?.slice(31, 35)).toEqual(['Vincent Vanhoucke', 'Vijay Vasudevan', 'Fern', 'a Viégas']);
  });

  it('reads the short macro and proceedings files alike', async () => {
    const { database } = await read([`${DIR}/abbrv-short.bib`, LITERATUR, `${DIR}/crossref-short.bib`]);
    expect(database.records).toHaveLength(authorFields.length);
  });

  it('takes macros and crossref targets from files given in any order', async () => {
    const { database } = await read([CROSSREF, LITERATUR, ABBRV]);
    expect(database.records.find((found) => found.id === 'bibtex:adriaensen-et-al-jair2022')?.venue).toBe('Journal of Artificial Intelligence Research');
  });
});

describe('literatur.bib read without the files it depends on', () => {
  it('fails when strict at the first undefined macro, naming entry, line, macro and what to do', async () => {
    const error = await failure([LITERATUR]);
    expect(error.message).toBe(
      `${LITERATUR}:139: field "journal" of entry "adriaensen-et-al-jair2022" uses the @string macro "jair", ` +
        `which is not defined in ${LITERATUR}; read the .bib file that defines it together with this one`,
    );
  });

  it('fails when strict at the first missing crossref target once the macros are there', async () => {
    const error = await failure([ABBRV, LITERATUR]);
    expect(error.message).toBe(
      `${LITERATUR}:73: entry "abbe-et-al-neurips2024" has crossref "neurips2024", ` +
        `which is not defined in ${ABBRV} or ${LITERATUR}; read the .bib file that defines it together with these`,
    );
  });

  it('imports every byline when lenient, warning once per missing macro and crossref target', async () => {
    const { database, reports } = await read([LITERATUR], false);
    expect(database.records).toHaveLength(authorFields.length);
    expect(database.records.find((found) => found.id === 'bibtex:adriaensen-et-al-jair2022')).toEqual({
      id: 'bibtex:adriaensen-et-al-jair2022',
      title: 'Automated Dynamic Algorithm Configuration',
      year: 2022,
      venue: 'jair',
      authors: ['Steven Adriaensen', 'André Biedenkapp', 'Gresa Shala', 'Noor Awad', 'Theresa Eimer', 'Marius Lindauer', 'Frank Hutter'],
    });
    const macroUses = new Set([...readFileSync(LITERATUR, 'utf8').matchAll(/^\s*\w+\s*=\s*([a-z]+),?\s*$/gmu)].map((match) => match[1]));
    const crossrefTargets = new Set([...readFileSync(LITERATUR, 'utf8').matchAll(/^\s*crossref\s*=\s*"([^"]+)"/gmu)].map((match) => match[1]));
    const definedHere = new Set(entryChunks.slice(0, 2286).map((chunk) => /^@\w+\{([^,]+),/u.exec(chunk)?.[1]));
    const missingTargets = [...crossrefTargets].filter((key) => !definedHere.has(key));
    // Five known defects, plus one warning per missing name.
    expect(reports.get(LITERATUR)?.warnings).toBe(5 + macroUses.size + missingTargets.length);
  });
});

describe('bibtexFormat', () => {
  it('is named bibtex and claims .bib files', () => {
    expect(bibtexFormat.name).toBe('bibtex');
    expect(bibtexFormat.extensions).toEqual(['.bib']);
  });

  it('recognises a file whose head has an entry at the start of a line, after comments', () => {
    expect(bibtexFormat.looksLike(readFileSync(LITERATUR, 'latin1').slice(0, 65536))).toBe(true);
    expect(bibtexFormat.looksLike('% refs\n\n  @Article(k,\n')).toBe(true);
  });

  it('does not claim JSON Lines, a listing or an e-mail address', () => {
    expect(bibtexFormat.looksLike('{"authors":["Ada Lovelace"]}\n')).toBe(false);
    expect(bibtexFormat.looksLike('2 code implementations • 15 Dec 2022 • Yuntao Bai\n')).toBe(false);
    expect(bibtexFormat.looksLike('write to ada@example.org{x}\n')).toBe(false);
  });

  it('reads one file as a database of its own', async () => {
    const [context, report] = createIngestContext(ABBRV, { strict: true });
    const records: PaperRecord[] = [];
    for await (const found of bibtexFormat.read(ABBRV, context)) records.push(found);
    expect(records).toEqual([]);
    expect(report.warnings).toBe(0);
  });
});
