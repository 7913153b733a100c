/** A parsed JSON object, as opposed to an array, null or a scalar. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * Whether a parsed JSON value is an object (not an array, not null).
 *
 * @example isJsonObject(JSON.parse('{"a":1}')); // true
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
