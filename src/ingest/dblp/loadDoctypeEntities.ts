import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { IngestError } from '../IngestError.ts';
import { quote } from '../quote.ts';
import { systemErrorReason } from '../systemErrorReason.ts';
import { countNewlines } from './countNewlines.ts';
import type { Entities } from './expandReferences.ts';
import { parseDtdEntities } from './parseDtdEntities.ts';
import type { XmlEncoding } from './readXmlChunks.ts';

const QUOTED = String.raw`(?:"([^"]*)"|'([^']*)')`;
const EXTERNAL_ID = String.raw`\s+(?:SYSTEM\s+${QUOTED}|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+${QUOTED})`;
/** `<!DOCTYPE name [external id] [[internal subset]]>`; the system id is in groups 1-4, the subset in 5. */
const DOCTYPE = new RegExp(String.raw`^<!DOCTYPE\s+[^\s[>]+(?:${EXTERNAL_ID})?\s*(\[[\s\S]*\])?\s*>$`, 'u');
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/u;

/**
 * The entities a document's DOCTYPE declares: those of its internal subset,
 * then those of the external DTD it names. dblp.xml says
 * `<!DOCTYPE dblp SYSTEM "dblp.dtd">`, and the dump ships dblp.dtd to sit
 * beside it, so the DTD is read from the XML file's folder (for a URL, the
 * file of that name there); nothing is fetched. A missing DTD is an
 * `IngestError` at the DOCTYPE's line, since nearly every dblp record needs it.
 *
 * @example
 * const entities = await loadDoctypeEntities('data/dblp.xml', '<!DOCTYPE dblp SYSTEM "dblp.dtd">', 2, 'latin1');
 * entities.values.get('uuml'); // 'ü'
 */
export async function loadDoctypeEntities(
  file: string,
  declaration: string,
  line: number,
  encoding: XmlEncoding,
): Promise<Entities> {
  const match = DOCTYPE.exec(declaration);
  if (match === null) {
    const expected = 'expected a DOCTYPE like <!DOCTYPE dblp SYSTEM "dblp.dtd">';
    throw new IngestError(file, line, `${expected}, got ${quote(declaration)}`);
  }
  const [, system1, system2, public1, public2, subset] = match;
  const systemId = system1 ?? system2 ?? public1 ?? public2;
  const internal =
    subset === undefined
      ? new Map<string, string>()
      : parseDtdEntities(subset, file, { firstLine: line + countNewlines(declaration.slice(0, declaration.indexOf('['))) });
  if (systemId === undefined) return { values: internal, declaredIn: `the DOCTYPE of ${file}` };
  const dtdPath = URL_SCHEME.test(systemId)
    ? resolve(dirname(file), basename(systemId.replace(/[?#].*$/u, '')))
    : resolve(dirname(file), systemId);
  let text: string;
  try {
    text = await readFile(dtdPath, encoding);
  } catch (error) {
    throw new IngestError(
      file,
      line,
      `cannot read the DTD ${quote(systemId)} that the DOCTYPE names, looked for at ${dtdPath}: ` +
        `${systemErrorReason(error)}; ` +
        'dblp.xml needs the dblp.dtd of its release beside it (both are at https://dblp.org/xml/)',
    );
  }
  return { values: parseDtdEntities(text, dtdPath, { inherited: internal }), declaredIn: dtdPath };
}
