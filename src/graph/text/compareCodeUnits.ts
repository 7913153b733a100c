/**
 * Orders strings by UTF-16 code units: unlike `localeCompare`, the same on
 * every machine and locale, so orders derived from it (and the dense ids
 * that follow them) never change with the environment.
 *
 * @example ['b', 'B', 'a'].sort(compareCodeUnits) // ['B', 'a', 'b']
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
