/** How the network is drawn, as the URL holds it: `?depth=` (1 or 2), `?min=` (shared papers a tie needs), `?max=` (most authors, 1–2000). */
export interface NetworkSettings {
  readonly depth: 1 | 2;
  readonly minCollaborations: number;
  readonly maxNodes: number;
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

/**
 * The network settings in the page's URL, the defaults (depth 1, every tie, 500 authors)
 * where it gives none; a value out of range throws an Error saying which
 * parameter and what it accepts.
 *
 * @example readNetworkSettings(new URL('http://x/explore?author=Ethan%20Perez&depth=2&min=3')) // { depth: 2, minCollaborations: 3, maxNodes: 500 }
 */
export function readNetworkSettings(url: URL): NetworkSettings {
  const depth = url.searchParams.get('depth') ?? '1';
  if (depth !== '1' && depth !== '2') throw new Error(`The link's depth must be 1 or 2, got "${depth}".`);
  return {
    depth: depth === '1' ? 1 : 2,
    minCollaborations: wholeNumber(url, 'min', 1, Number.POSITIVE_INFINITY, 'shared papers a tie needs'),
    maxNodes: wholeNumber(url, 'max', 500, MAX_NODES_LIMIT, 'most authors drawn'),
  };
}
