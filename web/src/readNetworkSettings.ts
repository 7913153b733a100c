/** How the network is drawn, as the URL holds it: `?depth=` (1 or 2) and `?min=` (shared papers a tie needs). */
export interface NetworkSettings {
  readonly depth: 1 | 2;
  readonly minCollaborations: number;
}

/**
 * The network settings in the page's URL, the defaults (depth 1, every tie)
 * where it gives none; a value out of range throws an Error saying which
 * parameter and what it accepts.
 *
 * @example readNetworkSettings(new URL('http://x/explore?author=Ethan%20Perez&depth=2&min=3')) // { depth: 2, minCollaborations: 3 }
 */
export function readNetworkSettings(url: URL): NetworkSettings {
  const depth = url.searchParams.get('depth') ?? '1';
  if (depth !== '1' && depth !== '2') throw new Error(`The link's depth must be 1 or 2, got "${depth}".`);
  const min = url.searchParams.get('min') ?? '1';
  const minCollaborations = Number(min);
  if (!/^\d+$/u.test(min) || minCollaborations < 1) throw new Error(`The link's min (shared papers a tie needs) must be a whole number from 1, got "${min}".`);
  return { depth: depth === '1' ? 1 : 2, minCollaborations };
}
