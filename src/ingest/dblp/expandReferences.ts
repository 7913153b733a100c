import { quote } from '../quote.ts';

/** The entities a document may use beyond the predefined five. */
export interface Entities {
  /** Names to replacement text, e.g. `uuml` → `ü`. */
  readonly values: ReadonlyMap<string, string>;
  /** The DTD that declared them, for messages; undefined when the document names none. */
  readonly declaredIn: string | undefined;
}

const PREDEFINED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

const NAME = /^(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_:][\w.:-]*)$/u;
/** What to show of a reference that is not one: up to the first character that ends it. */
const SHOWN = /^&[^\t\n\r &;<]*;?/u;

/**
 * XML text with its references replaced: the five predefined entities,
 * numeric character references (`&#228;`, `&#xE4;`) and the entities in
 * `entities`. A reference that names nothing, or a bare `&`, goes to `fail`
 * with a reason that says what to do.
 *
 * @example
 * const entities = { values: new Map([['uuml', 'ü']]), declaredIn: 'dblp.dtd' };
 * expandReferences('J&uuml;rgen &amp; M&#246;ller', entities, fail); // 'Jürgen & Möller'
 */
export function expandReferences(raw: string, entities: Entities, fail: (reason: string) => never): string {
  let expanded = '';
  let copied = 0;
  for (let start = raw.indexOf('&'); start !== -1; start = raw.indexOf('&', copied)) {
    const end = raw.indexOf(';', start);
    const name = end === -1 ? '' : raw.slice(start + 1, end);
    if (!NAME.test(name)) {
      const shown = SHOWN.exec(raw.slice(start))?.[0] ?? '&';
      fail(`expected a reference like "&amp;" or "&#228;" after "&", got ${quote(shown)}; write a literal & as &amp;`);
    }
    expanded += raw.slice(copied, start) + replacement(name, entities, fail);
    copied = end + 1;
  }
  return copied === 0 ? raw : expanded + raw.slice(copied);
}

function replacement(name: string, entities: Entities, fail: (reason: string) => never): string {
  if (name.startsWith('#')) return characterReference(name, fail);
  const text = PREDEFINED.get(name) ?? entities.values.get(name);
  if (text !== undefined) return text;
  return fail(`undefined entity ${quote(`&${name};`)}: ${undeclaredAdvice(entities.declaredIn)}`);
}

function undeclaredAdvice(declaredIn: string | undefined): string {
  if (declaredIn !== undefined) return `${declaredIn} does not declare it; correct the name or declare it there`;
  return (
    'the file names no DTD that declares it; ' +
    'dblp.xml starts with <!DOCTYPE dblp SYSTEM "dblp.dtd"> and needs dblp.dtd beside it'
  );
}

function characterReference(name: string, fail: (reason: string) => never): string {
  const codePoint = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  if (!isXmlChar(codePoint)) {
    return fail(`expected a character reference to a character allowed in XML, got ${quote(`&${name};`)}`);
  }
  return String.fromCodePoint(codePoint);
}

/** The XML 1.0 `Char` production. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}
