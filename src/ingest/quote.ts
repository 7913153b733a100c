const MAX_LENGTH = 60;

/**
 * Quotes a piece of input for an error message, cut short so that a whole
 * abstract pasted into the wrong place does not flood the terminal.
 * JSON quoting keeps tabs, stray quotes and trailing spaces visible.
 *
 * @example
 * quote('31 Foo 2023'); // '"31 Foo 2023"'
 */
export function quote(text: string): string {
  const chars = Array.from(text);
  const shown = chars.length > MAX_LENGTH ? `${chars.slice(0, MAX_LENGTH).join('')}…` : text;
  return JSON.stringify(shown);
}
