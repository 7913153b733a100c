import { LATEX_COMMANDS } from './LATEX_COMMANDS.ts';
import { closingBrace } from './closingBrace.ts';

const LETTER = /[a-zA-Z]/u;
const SPACE = /\s/u;
/** Dotless i and j are what an accent goes on in `\'{\i}`; the accented letter is the ordinary one. */
const DOTTED = new Map([
  ['ı', 'i'],
  ['ȷ', 'j'],
]);

/**
 * Plain Unicode (NFC) for a piece of BibTeX text: accent commands in every
 * spelling (`{\"o}`, `\"{o}`, `{J\"org}`, `\v s`, `\'{\i}`) become accented
 * letters, letter commands (`\ss`, `\o`, `{\O}`, `\l`, `\aa`, `\i`) their
 * letters, braces and `$` go, `~` is a space, `--` and `---` are dashes,
 * ` `` ` and `''` curly quotes, and whitespace is collapsed. A command it does
 * not know stays in the text as written, backslash and argument included, so
 * the caller can tell.
 *
 * @example
 * latexToUnicode('J{\\"o}rg Hoffmann'); // 'Jörg Hoffmann'
 * latexToUnicode('{IPC}~2008 -- {\\em All} Results'); // 'IPC 2008 – All Results'
 */
export function latexToUnicode(latex: string): string {
  return convert(latex).replace(/\s+/gu, ' ').trim().normalize('NFC');
}

function convert(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const next = text[index + 1];
    if (char === '\\') {
      const [replacement, end] = command(text, index + 1);
      out += replacement;
      index = end;
    } else if (char === '{' || char === '}' || char === '$') {
      index += 1;
    } else if (char === '~') {
      out += ' ';
      index += 1;
    } else if (text.startsWith('---', index)) {
      out += '—';
      index += 3;
    } else if (text.startsWith('--', index)) {
      out += '–';
      index += 2;
    } else if ((char === '`' || char === "'") && next === char) {
      out += char === '`' ? '“' : '”';
      index += 2;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

/** The text a command starting after its backslash at `start` stands for, and where the text after it resumes. */
function command(text: string, start: number): [string, number] {
  const first = text[start];
  if (first === undefined) return ['', start];
  if (!LETTER.test(first)) {
    const mark = LATEX_COMMANDS.accents.get(first);
    if (mark !== undefined) return accent(mark, text, start + 1);
    return [LATEX_COMMANDS.symbols.get(first) ?? `\\${first}`, start + 1];
  }
  let end = start;
  while (end < text.length && LETTER.test(text[end] ?? '')) end += 1;
  const name = text.slice(start, end);
  const mark = LATEX_COMMANDS.accents.get(name);
  if (mark !== undefined) return accent(mark, text, end);
  const symbol = LATEX_COMMANDS.symbols.get(name);
  if (symbol !== undefined) return [symbol, skipSpaces(text, end)];
  if (LATEX_COMMANDS.styles.has(name)) return ['', skipSpaces(text, end)];
  // Unknown: kept as written, its argument with its braces, so the caller sees (and can report) `\foo{X}`.
  const argumentEnd = text[end] === '{' ? Math.min(closingBrace(text, end) + 1, text.length) : end;
  return [text.slice(start - 1, argumentEnd), argumentEnd];
}

/** `mark` put on the argument at `start`: a brace group, a command (`\i`) or one character. */
function accent(mark: string, text: string, start: number): [string, number] {
  const at = skipSpaces(text, start);
  let argument: string;
  let end: number;
  if (text[at] === '{') {
    const close = closingBrace(text, at);
    argument = convert(text.slice(at + 1, close));
    end = Math.min(close + 1, text.length);
  } else if (text[at] === '\\') {
    [argument, end] = command(text, at + 1);
  } else {
    argument = text[at] ?? '';
    end = Math.min(at + 1, text.length);
  }
  const [base = '', ...rest] = Array.from(argument);
  return [`${DOTTED.get(base) ?? base}${mark}${rest.join('')}`, end];
}

function skipSpaces(text: string, start: number): number {
  let index = start;
  while (index < text.length && SPACE.test(text[index] ?? '')) index += 1;
  return index;
}
