import { quote } from './quote.ts';

/**
 * A parsed JSON value described for an error message's "got …" part.
 *
 * @example describeValue(2022.5); // 'the number 2022.5'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${quote(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}
