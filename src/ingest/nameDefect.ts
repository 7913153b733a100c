import { hasControlCharacters } from './removeControlCharacters.ts';

/**
 * What makes `name` unfit to show a person by, or undefined: a blank name,
 * a control character, or spaces around it. Said to follow the quoted name.
 *
 * @example nameDefect(' Tim Maxwell') // 'begins or ends with a space: send it without'
 */
export function nameDefect(name: string): string | undefined {
  if (name.trim() === '') return 'is blank: give the name to show, or leave `name` out to keep the most used spelling';
  if (hasControlCharacters(name)) return 'contains a control character (a line break, tab, escape or bidi control): send the name as plain text';
  if (name.trim() !== name) return 'begins or ends with a space: send it without';
  return undefined;
}
