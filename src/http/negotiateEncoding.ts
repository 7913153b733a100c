/** The content codings the server compresses with, in its order of preference. */
export type ContentCoding = 'br' | 'gzip';

const CODINGS: readonly ContentCoding[] = ['br', 'gzip'];

/**
 * The coding to compress an answer with, from the request's
 * `Accept-Encoding`: the one with the highest `q` (brotli on a tie, being
 * smaller at the same speed); none when the header is absent or accepts
 * neither (`identity`, `gzip;q=0`).
 *
 * @example negotiateEncoding('gzip, deflate, br') // 'br'
 */
export function negotiateEncoding(acceptEncoding: string | null): ContentCoding | undefined {
  if (acceptEncoding === null) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  let best: ContentCoding | undefined;
  let bestWeight = 0;
  for (const coding of CODINGS) {
    const weight = weights.get(coding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [coding, weight];
  }
  return best;
}
