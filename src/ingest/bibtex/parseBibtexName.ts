import { closingBrace } from './closingBrace.ts';
import { latexToUnicode } from './latexToUnicode.ts';
import { splitAtDepthZero } from './splitAtDepthZero.ts';

/** One BibTeX name in its four parts, each in Unicode; an absent part is `''`. */
export interface BibtexName {
  readonly first: string;
  readonly von: string;
  readonly last: string;
  readonly jr: string;
  /** How the project shows names: "First von Last Jr", without commas, as dblp and arXiv write them. */
  readonly display: string;
  /** Whether the source wrote it with commas (`Last, First`), which says for certain where the last name ends. */
  readonly commaForm: boolean;
}

type Fail = (reason: string) => never;

const ENDS_WITH_COMMAND = /\\(?:[a-zA-Z]+\s*|[^a-zA-Z])$/u;

/**
 * Splits one author name as BibTeX does: `First von Last`, `von Last, First`
 * or `von Last, Jr, First`. The von part is the run of words that start with
 * a lower-case letter (`de la`, `van der`); a word in braces (`{Linares
 * López}`) is one word whose case does not count; commas and spaces inside
 * braces do not split. Each word is converted to Unicode on its own, so
 * `Rafa\l Gzubicki` keeps its space. A name with more than two commas or no
 * last name calls `fail`.
 *
 * @example
 * parseBibtexName('Tom{\\\'a}s de la Rosa', fail).display; // 'Tomás de la Rosa'
 * parseBibtexName('Hunt, Jr., Warren A.', fail).display; // 'Warren A. Hunt Jr.'
 */
export function parseBibtexName(raw: string, fail: Fail): BibtexName {
  const parts = splitAtDepthZero(raw, /,/uy).map((part) => part.text);
  if (parts.length > 3) return fail(`has ${parts.length - 1} commas; a name is "First von Last", "von Last, First" or "von Last, Jr, First"`);
  const [head = [], second, third] = parts.map(words);
  const commaForm = parts.length > 1;
  const [firstWords, vonWords, lastWords] = commaForm ? [third ?? second ?? [], ...splitVonLast(head)] : splitFirstVonLast(head);
  if (lastWords.length === 0) return fail('has no last name');
  const [first, von, last, jr] = [firstWords, vonWords, lastWords, third === undefined ? [] : (second ?? [])].map(toUnicode);
  const display = [first, von, last, jr].filter((part) => part !== '').join(' ');
  return { first: first ?? '', von: von ?? '', last: last ?? '', jr: jr ?? '', display, commaForm };
}

/** `First von Last`: von runs from the first to the last lower-case word, but the last word is always the last name. */
function splitFirstVonLast(words: readonly string[]): [string[], string[], string[]] {
  const lower = words.slice(0, -1).map(isLowerCase);
  const vonStart = lower.indexOf(true);
  if (vonStart === -1) return [words.slice(0, -1), [], words.slice(-1)];
  const vonEnd = lower.lastIndexOf(true) + 1;
  return [words.slice(0, vonStart), words.slice(vonStart, vonEnd), words.slice(vonEnd)];
}

/** `von Last`: von runs up to the last lower-case word, again never taking the last word. */
function splitVonLast(words: readonly string[]): [string[], string[]] {
  const vonEnd = words.slice(0, -1).map(isLowerCase).lastIndexOf(true) + 1;
  return [words.slice(0, vonEnd), words.slice(vonEnd)];
}

/**
 * Whether a word's case makes it a von word. As in BibTeX, a brace group
 * that starts with a command (`{\"o}`) counts as a letter and any other
 * brace group (`{Linares}`) has no case and is skipped; unlike BibTeX, so
 * does a command's argument (`\'{A}lvaro` starts with an upper-case letter).
 */
function isLowerCase(word: string): boolean {
  let visible = '';
  let index = 0;
  while (index < word.length) {
    const end = word[index] === '{' ? closingBrace(word, index) + 1 : index + 1;
    const caseless = end > index + 1 && word[index + 1] !== '\\' && !ENDS_WITH_COMMAND.test(visible);
    if (!caseless) visible += word.slice(index, end);
    index = end;
  }
  const letter = /\p{L}/u.exec(latexToUnicode(visible))?.[0];
  return letter !== undefined && letter !== letter.toUpperCase();
}

function toUnicode(words: readonly string[]): string {
  return words.map(latexToUnicode).filter((word) => word !== '').join(' ');
}

/** Words separated by spaces or `~` outside braces. */
function words(part: string): string[] {
  return splitAtDepthZero(part, /[\s~]+/uy)
    .map((word) => word.text)
    .filter((word) => word !== '');
}
