/** ANSI escape sequences (CSI, as `ESC [ 31 m`, and OSC, as a terminal title) whole, so no `[31m` is left behind. */
const ESCAPE_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/gu;
/** Line breaks and tabs, which separate words even where a field is one line. */
const BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]+/gu;
/**
 * Other C0 and C1 controls and DEL, the bidi embedding, override and isolate
 * controls and marks (which can make a name display as another), and lone
 * surrogates (half of a character, not valid UTF-8).
 */
const CONTROL = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cs}]/gu;
const BREAK_KEPT = /[\t\n]/u;
// Every character any of the above can remove or change: text without one is returned as is, after one scan instead of three.
const NEEDS_CLEANING = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\p{Cs}\u2028\u2029]/u;

/**
 * `text` without control characters. Tabs and line breaks become one space,
 * or, with `keepLineBreaks` (abstracts, whose paragraphs may be real), `\t`
 * and `\n` stay and `\r\n` becomes `\n`.
 *
 * @example removeControlCharacters('Ann\u001b[31m Lee\u202e') // 'Ann Lee'
 */
export function removeControlCharacters(text: string, { keepLineBreaks = false }: { keepLineBreaks?: boolean } = {}): string {
  if (!hasControlCharacters(text)) return text;
  const withoutEscapes = text.replace(ESCAPE_SEQUENCE, '');
  if (keepLineBreaks) {
    return withoutEscapes.replace(/\r\n?/gu, '\n').replace(CONTROL, (control) => (BREAK_KEPT.test(control) ? control : ''));
  }
  return withoutEscapes.replace(BREAK, ' ').replace(CONTROL, '');
}

/**
 * Whether `removeControlCharacters` could change `text`: when not, it
 * returns `text` itself, with or without `keepLineBreaks`.
 *
 * @example hasControlCharacters('Ann Lee') // false
 * @example hasControlCharacters('Ann\tLee') // true
 */
export function hasControlCharacters(text: string): boolean {
  return NEEDS_CLEANING.test(text);
}
