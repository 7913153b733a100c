// Writes a dblp-format XML file of at least the given size, streamed (never
// built in memory), with dblp.dtd beside it: records of every kind, several
// authors with entity-encoded names and homonym numbers, titles with inline
// markup, DOI links. The output is deterministic.
// Usage: npx tsx bench/generateDblpXml.ts [out=bench/out/dblp.xml] [gigabytes=1.05]
import { once } from 'node:events';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = process.argv[2] ?? fileURLToPath(new URL('out/dblp.xml', import.meta.url));
const targetBytes = Math.round(Number(process.argv[3] ?? 1.05) * 1e9);
const DTD = fileURLToPath(new URL('../../shared/data/dblp-xml-sample/dblp.dtd', import.meta.url));
const BATCH_BYTES = 1 << 20;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

// Names spelled with dblp.dtd's entities, as the real dump spells them.
const GIVEN = 'J&uuml;rgen Fran&ccedil;ois Matti Wei Ana Ren&eacute; S&oslash;ren Jos&eacute; Anna Thomas Li Bj&ouml;rn Zo&euml; Yuki'.split(' ');
const SURNAMES = 'Beyerer Pietik&auml;inen M&uuml;ller Wang Garc&iacute;a Chaumette Nov&aacute;k Str&ouml;m O&apos;Brien Lef&egrave;vre'.split(' ');
const WORDS = 'Learning Graphs Robust Networks Efficient Query Streams Neural Optimal Bounds Vision Parallel Databases'.split(' ');
const VENUES = ['CVPR', 'VLDB', 'SIGMOD Conference', 'ICML', 'NeurIPS', 'STOC', 'ICALP', 'KDD'];
const JOURNALS = ['IEEE Trans. Pattern Anal. Mach. Intell.', 'J. ACM', 'Commun. ACM', 'Inf. Process. Lett.', 'VLDB J.'];

function author(): string {
  const suffix = random() < 0.1 ? ` 000${between(1, 9)}` : '';
  return `${pick(GIVEN)} ${pick(SURNAMES)}${suffix}`;
}

function title(): string {
  const words = Array.from({ length: between(3, 10) }, () => pick(WORDS));
  const markup = random();
  if (markup < 0.1) words.splice(1, 0, 'H<sub>2</sub>O');
  else if (markup < 0.2) words.splice(1, 0, '<i>k</i>-Means');
  else if (markup < 0.25) words.push('O(<i>n</i><sup>2</sup>)');
  return `${words.join(' ')}.`;
}

function record(index: number): string {
  const kind = random();
  const year = between(1970, 2024);
  const key = `${index.toString(36)}${year}`;
  const names = [...new Set(Array.from({ length: between(1, 8) }, author))];
  const authors = names.map((name) => `<author>${name}</author>`);
  const doi = `<ee>https://doi.org/10.${between(1000, 9999)}/${key}</ee>`;
  const pages = `<pages>${between(1, 300)}-${between(301, 600)}</pages>`;
  const common = [`<title>${title()}</title>`, `<year>${year}</year>`];
  const element = (type: string, attributes: string, fields: readonly string[]) =>
    `<${type} ${attributes}>\n${fields.join('\n')}\n</${type}>\n`;
  if (kind < 0.04) {
    const homepage = [...authors, '<title>Home Page</title>', `<url>https://example.org/~${key}</url>`];
    return element('www', `mdate="2020-01-01" key="homepages/${key}"`, homepage);
  }
  if (kind < 0.08) {
    const editors = names.map((name) => `<editor>${name}</editor>`);
    const fields = [...editors, ...common, `<booktitle>${pick(VENUES)}</booktitle>`, '<publisher>ACM</publisher>', doi];
    return element('proceedings', `mdate="2021-03-04" key="conf/x/${key}"`, fields);
  }
  if (kind < 0.5) {
    const issue = [`<volume>${between(1, 60)}</volume>`, `<journal>${pick(JOURNALS)}</journal>`, `<number>${between(1, 12)}</number>`];
    const fields = [...authors, ...common, pages, ...issue, doi, `<url>db/journals/x/x${year}.html#${key}</url>`];
    return element('article', `mdate="2022-05-06" key="journals/x/${key}"`, fields);
  }
  const fields = [...authors, ...common, pages, `<booktitle>${pick(VENUES)}</booktitle>`, doi, `<crossref>conf/x/${year}</crossref>`];
  return element('inproceedings', `mdate="2023-07-08" key="conf/x/${key}"`, fields);
}

mkdirSync(dirname(out), { recursive: true });
// Written rather than copied: a copy would keep the read-only mode of the shared data.
writeFileSync(join(dirname(out), 'dblp.dtd'), readFileSync(DTD));
const stream = createWriteStream(out);
let written = 0;
let records = 0;
const write = async (text: string) => {
  written += text.length;
  if (!stream.write(text, 'latin1')) await once(stream, 'drain');
};
await write('<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n');
while (written < targetBytes) {
  let batch = '';
  while (batch.length < BATCH_BYTES) batch += record(records++);
  await write(batch);
}
await write('</dblp>\n');
stream.end();
await once(stream, 'finish');
console.log(`wrote ${out}: ${(written / 1e9).toFixed(2)} GB, ${records} records, dblp.dtd beside it`);
