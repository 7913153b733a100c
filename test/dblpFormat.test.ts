import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type IngestReport, createIngestContext } from '../src/ingest/IngestContext.ts';
import { IngestError } from '../src/ingest/IngestError.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { dblpFormat } from '../src/ingest/dblp/dblpFormat.ts';
import { type DblpTally, readDblpRecords } from '../src/ingest/dblp/readDblpRecords.ts';
import { rejection } from './support/rejection.ts';

const SAMPLE = '../shared/data/dblp-xml-sample/dblp.xml';
const SAMPLE_DTD = '../shared/data/dblp-xml-sample/dblp.dtd';
const scratch = mkdtempSync(join(tmpdir(), 'dblpFormat-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const DTD = '<!ENTITY uuml "&#252;">\n<!ENTITY auml "&#228;">\n';
/** Lines 1-3 of every document below; its records start on line 4. */
const HEAD = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n';
let files = 0;

/** A dblp.xml in its own folder, with a small dblp.dtd beside it unless `dtd` is false. */
function dblpFile(content: string | Uint8Array, { dtd = true }: { dtd?: boolean } = {}): string {
  const folder = join(scratch, String(++files));
  mkdirSync(folder);
  if (dtd) writeFileSync(join(folder, 'dblp.dtd'), DTD);
  const path = join(folder, 'dblp.xml');
  writeFileSync(path, content);
  return path;
}

const dblpDocument = (records: string): string => dblpFile(`${HEAD}${records}</dblp>\n`);
const article = (content: string, key = 'a'): string => `<article key="${key}">${content}</article>\n`;

interface Reading {
  readonly papers: PaperRecord[];
  readonly tally: DblpTally;
  readonly report: IngestReport;
}

async function read(path: string, strict = true): Promise<Reading> {
  const [context, report] = createIngestContext(path, { strict });
  const tally: DblpTally = { papers: 0, personPages: 0, withoutAuthors: 0 };
  const papers: PaperRecord[] = [];
  for await (const paper of readDblpRecords(path, context, tally)) papers.push(paper);
  return { papers, tally, report };
}

function failure(path: string, strict = true): Promise<IngestError> {
  return rejection(IngestError, () => read(path, strict), `reading ${path}`);
}

const authorsOf = async (records: string): Promise<(readonly string[])[]> =>
  (await read(dblpDocument(records))).papers.map((paper) => paper.authors);

/** The sample's bylines by a regex over its text, entities looked up in its DTD by another. */
function sampleBylines(): string[][] {
  const xml = readFileSync(SAMPLE, 'latin1');
  const dtd = readFileSync(SAMPLE_DTD, 'latin1');
  const decode = (name: string): string =>
    name.replace(/&(\w+);/gu, (_, entity: string) => {
      const code = new RegExp(`<!ENTITY\\s+${entity}\\s+"&#(\\d+);"`, 'u').exec(dtd)?.[1];
      return String.fromCharCode(Number(code));
    });
  const records = xml.match(/<(article|inproceedings|proceedings|book|incollection|phdthesis|mastersthesis|www|data)\s[\s\S]*?<\/\1>/gu) ?? [];
  return records.map((record) => [...record.matchAll(/<author[^>]*>([^<]*)<\/author>/gu)].map((match) => decode(match[1] ?? '')));
}

describe('dblpFormat reads the dblp sample', () => {
  it('counts the records, the bylines, the authorships and the distinct names that a regex counts', async () => {
    const bylines = sampleBylines();
    const { papers, tally, report } = await read(SAMPLE);
    expect(bylines).toHaveLength(131);
    expect(tally.papers + tally.withoutAuthors + tally.personPages + report.skipped).toBe(bylines.length);
    expect(papers.map((paper) => paper.authors)).toEqual(bylines.filter((byline) => byline.length > 0));
    expect([papers.length, tally.withoutAuthors]).toEqual([55, 76]);
    expect(papers.flatMap((paper) => paper.authors)).toHaveLength(73);
    expect(new Set(papers.flatMap((paper) => paper.authors)).size).toBe(61);
  });

  it('reads J&uuml;rgen Beyerer as Jürgen Beyerer, with every field of his record', async () => {
    const { papers } = await read(SAMPLE);
    expect(papers.find((paper) => paper.authors.includes('Jürgen Beyerer'))).toEqual({
      id: 'dblp:reference/vision/Beyerer14',
      title: 'Mirrors',
      year: 2014,
      venue: 'Computer Vision, A Reference Guide',
      url: 'https://doi.org/10.1007/978-0-387-31439-6_100',
      externalIds: { doi: '10.1007/978-0-387-31439-6_100', dblp: 'reference/vision/Beyerer14' },
      authors: ['Jürgen Beyerer'],
    });
  });

  it('keeps the homonym numbers 0001 and 0004 in the names, in byline order', async () => {
    const { papers } = await read(SAMPLE);
    const byKey = new Map(papers.map((paper) => [paper.externalIds?.dblp, paper.authors]));
    expect(byKey.get('reference/vision/Singh14')).toEqual(['Manish Singh 0001']);
    expect(byKey.get('reference/vision/SrivastavaPKTA14')).toEqual([
      'Gaurav Srivastava 0004',
      'Johnny Park',
      'Avinash C. Kak',
      'Birgi Tamersoy',
      'J. K. Aggarwal',
    ]);
  });

  it('takes the url from the first <ee> when a record has two', async () => {
    const { papers } = await read(SAMPLE);
    const koppal = papers.find((paper) => paper.id === 'dblp:reference/vision/Koppal14a');
    expect([koppal?.url, koppal?.externalIds?.doi]).toEqual([
      'https://doi.org/10.1007/978-0-387-31439-6_534',
      '10.1007/978-0-387-31439-6_534',
    ]);
  });

  it('is recognised by its first bytes and its extension', () => {
    const head = readFileSync(SAMPLE, 'latin1').slice(0, 65536);
    expect([dblpFormat.name, dblpFormat.extensions, dblpFormat.looksLike(head)]).toEqual(['dblp', ['.xml'], true]);
    expect(dblpFormat.looksLike('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(false);
  });
});

describe('dblpFormat reads every kind of dblp record', () => {
  it('flattens inline markup in a title and drops the period dblp adds', async () => {
    const title = 'H<sub>2</sub>O and <i>x</i><sup>2</sup> in <tt>C&amp;C</tt>:\n  a <ref href="x">study</ref>.';
    const { papers } = await read(dblpDocument(article(`<author>A</author><title>${title}</title>`)));
    expect(papers[0]?.title).toBe('H2O and x2 in C&C: a study');
  });

  it('keeps a question mark or an ellipsis that ends a title', async () => {
    const records = article('<author>A</author><title>Why?</title>', 'a') + article('<author>A</author><title>And so...</title>', 'b');
    expect((await read(dblpDocument(records))).papers.map((paper) => paper.title)).toEqual(['Why?', 'And so...']);
  });

  it('reads authors of every record type except person pages, and never editors', async () => {
    const records = [
      '<proceedings key="conf/x/2020"><editor>Ed Itor</editor><title>Proceedings.</title></proceedings>',
      '<incollection key="i"><editor>Ed Itor</editor><author>Ann A</author></incollection>',
      '<phdthesis key="p"><author>Pat P</author><school>S</school></phdthesis>',
      '<www key="homepages/h/Home"><author>Hom E</author><author>Homer E</author><title>Home Page</title></www>',
      '<www key="www/org/x"><author>Web W</author></www>',
      '<data key="d"><author>Dat A</author><author>Dat B</author></data>',
      '<book key="b"/>',
    ];
    const { papers, tally } = await read(dblpDocument(`${records.join('\n')}\n`));
    expect(papers.map((paper) => paper.authors)).toEqual([['Ann A'], ['Pat P'], ['Web W'], ['Dat A', 'Dat B']]);
    expect(tally).toEqual({ papers: 4, personPages: 1, withoutAuthors: 2 });
  });

  it('keeps two homonyms on one byline apart', async () => {
    const byline = '<author>Wei Wang 0001</author><author>Wei Wang 0004</author>';
    expect(await authorsOf(article(byline))).toEqual([['Wei Wang 0001', 'Wei Wang 0004']]);
  });

  it('expands DTD entities, character references and the predefined entities', async () => {
    const byline = '<author>J&uuml;rgen M&#246;ller</author><author>&#xC9;mile O&apos;Br&auml;</author>';
    expect(await authorsOf(article(byline))).toEqual([['Jürgen Möller', "Émile O'Brä"]]);
  });

  it('reads ISO-8859-1 bytes as Latin-1 and a UTF-8 document as UTF-8', async () => {
    const latin1 = Buffer.from(`${HEAD}${article('<author>J\u00FCrgen</author>')}</dblp>`, 'latin1');
    const utf8 = `<?xml version="1.0" encoding="UTF-8"?><dblp>${article('<author>Jürgen</author>')}</dblp>`;
    expect((await read(dblpFile(latin1))).papers[0]?.authors).toEqual(['Jürgen']);
    expect((await read(dblpFile(utf8))).papers[0]?.authors).toEqual(['Jürgen']);
  });

  it('reads entities declared in the internal subset of the DOCTYPE', async () => {
    const doctype = '<!DOCTYPE dblp [\n<!ENTITY ouml "&#246;">\n]>';
    const path = dblpFile(`<?xml version="1.0"?>\n${doctype}\n<dblp>${article('<author>Bj&ouml;rn</author>')}</dblp>\n`, { dtd: false });
    expect((await read(path)).papers[0]?.authors).toEqual(['Björn']);
  });

  it('looks for a DTD named by URL beside the file, and fetches nothing', async () => {
    const doctype = '<!DOCTYPE dblp PUBLIC "-//dblp//DTD dblp//EN" "https://dblp.org/xml/dblp.dtd">';
    const path = dblpFile(`<?xml version="1.0"?>\n${doctype}\n<dblp>${article('<author>J&uuml;rgen</author>')}</dblp>\n`);
    expect((await read(path)).papers[0]?.authors).toEqual(['Jürgen']);
  });

  it('reads a UTF-8 character split between two 64 KiB chunks', async () => {
    const start = '<?xml version="1.0" encoding="UTF-8"?>\n<dblp><!--';
    const end = '--><article key="a"><author>J';
    const padding = 'x'.repeat(65535 - start.length - end.length);
    expect(Buffer.byteLength(`${start}${padding}${end}`)).toBe(65535);
    const path = dblpFile(`${start}${padding}${end}ürgen</author></article></dblp>\n`);
    expect((await read(path)).papers[0]?.authors).toEqual(['Jürgen']);
  });

  it.each([
    { defect: 'a byte that starts no character', bytes: ['<dblp>\n\n\n<author>J', [0xfc], 'rgen</author>'], line: 5 },
    { defect: 'a character cut off by the end of the file', bytes: ['<dblp>\n</dblp>\n', [0xc3]], line: 4 },
  ])('rejects $defect in a UTF-8 document, on its line', async ({ bytes, line }) => {
    const path = dblpFile(Buffer.concat(['<?xml version="1.0"?>\n', ...bytes].map((part) => Buffer.from(part))));
    expect((await failure(path, false)).message).toBe(`${path}:${line}: expected UTF-8 text, got bytes that are not valid UTF-8`);
  });

  it('reports progress in bytes, up to the size of the file', async () => {
    const seen: number[] = [];
    const [context] = createIngestContext(SAMPLE, { strict: true, onProgress: (bytes) => seen.push(bytes) });
    for await (const paper of dblpFormat.read(SAMPLE, context)) expect(paper.authors.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(readFileSync(SAMPLE).length);
  });

  it('reads a record with every field into the matching paper fields', async () => {
    const fields = [
      '<author orcid="0000-0001">A B</author>',
      '<title>T.</title>',
      '<year>2020</year>',
      '<journal>J. X</journal>',
      '<ee type="oa">https://example.org/y20</ee>',
      '<ee>http://dx.doi.org/10.1002/(SICI)1%3C2%3E</ee>',
    ];
    const record = `<article mdate="2020-01-01" key="journals/x/Y20">\n${fields.join('\n')}\n</article>\n`;
    expect((await read(dblpDocument(record))).papers).toEqual([
      {
        id: 'dblp:journals/x/Y20',
        title: 'T',
        year: 2020,
        venue: 'J. X',
        url: 'https://example.org/y20',
        externalIds: { doi: '10.1002/(SICI)1<2>', dblp: 'journals/x/Y20' },
        authors: ['A B'],
      },
    ]);
  });

  it('reads records across chunk boundaries, over CRLF lines', async () => {
    const records = Array.from({ length: 3000 }, (_, index) => `<article key="k${index}">\r\n<author>A&uuml;${index}</author>\r\n</article>`);
    const { papers } = await read(dblpDocument(records.join('\r\n')));
    expect([papers.length, papers[2999]?.authors]).toEqual([3000, ['Aü2999']]);
  });
});

describe('dblpFormat rejects defects with file and line', () => {
  const good = article('<author>G</author>', 'good');

  it.each([
    {
      defect: 'an unclosed field',
      records: article('<author>A</author><title>T'),
      line: 4,
      reason: 'expected </title> to close <title> opened on line 4, got </article>',
    },
    {
      defect: 'a record left open before the next',
      records: '<article key="a">\n<author>A</author>\n',
      line: 6,
      reason: 'expected </article> to close the record opened on line 4, got <article>',
    },
    {
      defect: 'a stray "<"',
      records: article('\n<author>A < B</author>'),
      line: 5,
      reason: 'expected a tag name after "<", got "< B</author>"',
    },
    {
      defect: 'text outside fields',
      records: article('garbage<author>A</author>'),
      line: 4,
      reason: 'expected fields such as <author> inside <article>, got text "garbage"',
    },
    {
      defect: 'garbage between records',
      records: 'oops\n',
      line: 4,
      reason: 'expected a record element such as <article>, got text "oops"',
    },
    {
      defect: 'a bare ampersand',
      records: article('<author>A & B</author>'),
      line: 4,
      reason: 'in <author>: expected a reference like "&amp;" or "&#228;" after "&", got "&"; write a literal & as &amp;',
    },
    {
      defect: 'a character reference to no character',
      records: article('<author>A&#0;</author>'),
      line: 4,
      reason: 'in <author>: expected a character reference to a character allowed in XML, got "&#0;"',
    },
    {
      defect: 'a year that is no year',
      records: article('<author>A</author>\n<year>20l4</year>'),
      line: 5,
      reason: 'expected a four-digit year in <year>, got "20l4"',
    },
    {
      defect: 'an author named twice',
      records: article('<author>A B</author>\n<author>A  B</author>'),
      line: 5,
      reason: 'expected each author once per paper, got "A B" at position 1 and "A B" at position 2 of the byline',
    },
    {
      defect: 'a record without a key',
      records: '<article><author>A</author></article>\n',
      line: 4,
      reason: 'expected a key="…" attribute on <article>, as every dblp record has one',
    },
  ])('rejects $defect, strict: the whole file; lenient: that record', async ({ records, line, reason }) => {
    const path = dblpDocument(`${records}${good}`);
    expect((await failure(path)).message).toBe(`${path}:${line}: ${reason}`);
    const { papers, report } = await read(path, false);
    expect([papers.map((paper) => paper.id), report.skipped, report.firstSkipped]).toEqual([['dblp:good'], 1, [{ line, reason }]]);
  });

  it('names the DTD when it does not declare an entity', async () => {
    const path = dblpDocument(article('<author>Ren&eacute;</author>'));
    const dtd = join(path, '..', 'dblp.dtd');
    expect((await failure(path)).message).toBe(
      `${path}:4: in <author>: undefined entity "&eacute;": ${dtd} does not declare it; correct the name or declare it there`,
    );
  });

  it('fails when the DTD the DOCTYPE names is not beside the file', async () => {
    const path = dblpFile(`${HEAD}</dblp>\n`, { dtd: false });
    expect((await failure(path, false)).message).toBe(
      `${path}:2: cannot read the DTD "dblp.dtd" that the DOCTYPE names, looked for at ${join(path, '..', 'dblp.dtd')}: ` +
        'no such file or directory (ENOENT); dblp.xml needs the dblp.dtd of its release beside it (both are at https://dblp.org/xml/)',
    );
  });

  it.each([
    {
      defect: 'a truncated file',
      content: `${HEAD}${good}<article key="b">\n<author>B</author>\n`,
      line: 6,
      reason: 'the file ends inside the <article> record opened on line 5: it looks truncated; download it again',
    },
    {
      defect: 'another root element',
      content: '<?xml version="1.0"?>\n<rss>\n',
      line: 2,
      reason: 'expected the root element <dblp>, got <rss>: this is not a dblp XML file',
    },
    {
      defect: 'text after the root',
      content: `${HEAD}${good}</dblp>\nmore\n`,
      line: 6,
      reason: 'expected nothing after </dblp>, got text "more"',
    },
    {
      defect: 'an unsupported encoding',
      content: '<?xml version="1.0" encoding="UTF-16"?>\n<dblp/>\n',
      line: 1,
      reason:
        'expected the XML declaration to name encoding ISO-8859-1 or UTF-8, got "UTF-16"; convert the file to UTF-8 (e.g. with iconv) and declare it',
    },
  ])('stops at $defect even when lenient', async ({ content, line, reason }) => {
    const path = dblpFile(content);
    expect((await failure(path, false)).message).toBe(`${path}:${line}: ${reason}`);
  });
});
