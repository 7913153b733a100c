/**
 * How the network is drawn, as the URL holds it: `?depth=` (1 or 2), `?min=` (shared papers a tie needs),
 * `?max=` (most authors, 1–2000), `?fromYear=` and `?toYear=` (only the papers of those years count; null for an open end).
 */
export interface NetworkSettings {
  readonly depth: 1 | 2;
  readonly minCollaborations: number;
  readonly maxNodes: number;
  readonly fromYear: number | null;
  readonly toYear: number | null;
}

// The server's own bound on `maxNodes`.
const MAX_NODES_LIMIT = 2000;

function wholeNumber(url: URL, param: string, fallback: number, max: number, meaning: string): number {
  const text = url.searchParams.get(param) ?? String(fallback);
  const value = Number(text);
  if (!/^\d+$/u.test(text) || value < 1 || value > max) {
    const range = Number.isFinite(max) ? `from 1 to ${max}` : 'from 1';
    throw new Error(`The link's ${param} (${meaning}) must be a whole number ${range}, got "${text}".`);
  }
  return value;
}

function year(url: URL, param: string): number | null {
  const text = url.searchParams.get(param);
  if (text === null || text === '') return null;
  if (!/^\d{1,4}$/u.test(text)) throw new Error(`The link's ${param} must be a year such as 2022, got "${text}".`);
  return Number(text);
}

/**
 * The network settings in the page's URL, the defaults (depth 1, every tie, 500 authors, every year)
 * where it gives none; a value out of range throws an Error saying which
 * parameter and what it accepts.
 *
 * @example readNetworkSettings(new URL('http://x/explore?author=Ethan%20Perez&depth=2&min=3&toYear=2022')) // { depth: 2, minCollaborations: 3, maxNodes: 500, fromYear: null, toYear: 2022 }
 */
export function readNetworkSettings(url: URL): NetworkSettings {
  const depth = url.searchParams.get('depth') ?? '1';
  if (depth !== '1' && depth !== '2') throw new Error(`The link's depth must be 1 or 2, got "${depth}".`);
  const [fromYear, toYear] = [year(url, 'fromYear'), year(url, 'toYear')];
  if (fromYear !== null && toYear !== null && fromYear > toYear) throw new Error(`The link's fromYear ${fromYear} is after its toYear ${toYear}.`);
  return {
    depth: depth === '1' ? 1 : 2,
    minCollaborations: wholeNumber(url, 'min', 1, Number.POSITIVE_INFINITY, 'shared papers a tie needs'),
    maxNodes: wholeNumber(url, 'max', 500, MAX_NODES_LIMIT, 'most authors drawn'),
    fromYear,
    toYear,
  };
}
