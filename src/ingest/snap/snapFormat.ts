import { IngestError } from '../IngestError.ts';
import type { PaperFormat } from '../PaperFormat.ts';
import { admitRecord } from '../admitRecord.ts';
import { quote } from '../quote.ts';
import { readLines } from '../readLines.ts';

const PAIR = /^\s*([0-9]+)\s+([0-9]+)\s*$/u;

/**
 * A SNAP pair list (snap.stanford.edu/data/ca-*.html): `#` comment lines,
 * then one whitespace-separated pair of node ids per line. A co-authorship
 * network has no papers, so each unordered pair of two different nodes
 * becomes one two-author record and a node paired with itself one
 * single-author record; repeats, including the reverse direction that SNAP
 * lists too, are dropped. Authors are the node ids as decimal strings.
 *
 * Ids are `snap:<a>-<b>` with a < b (`snap:<a>` for a self-pair), so the
 * graph's ids do not depend on the order of lines. Remembers every pair it
 * has seen, so memory grows with the number of distinct pairs.
 *
 * @example
 * // "3466\t937\n937\t3466\n" gives one record:
 * // { id: 'snap:937-3466', authors: ['937', '3466'] }
 */
export const snapFormat: PaperFormat = {
  name: 'snap',
  description: 'SNAP pair list: one "<node> <node>" pair per line',
  extensions: ['.txt'],
  looksLike(head) {
    // The first pair decides, so a defect further on is reported by the reader rather than hiding the format.
    const first = head.split('\n').find((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));
    return first !== undefined && PAIR.test(first);
  },
  async *read(path, context) {
    const seen = new Set<number | string>();
    for await (const { number, text } of readLines(path, context)) {
      if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
      const pair = admitRecord(context, () => parsePair(text, path, number));
      if (pair === undefined) continue;
      const [low, high] = pair;
      const key = pairKey(low, high);
      if (seen.has(key)) continue;
      seen.add(key);
      yield low === high ? { id: `snap:${low}`, authors: [String(low)] } : { id: `snap:${low}-${high}`, authors: [String(low), String(high)] };
    }
  },
};

/** The two node ids of a line, smaller first. */
function parsePair(text: string, file: string, line: number): [number, number] {
  const [, first, second] = PAIR.exec(text) ?? [];
  const a = first === undefined ? NaN : Number(first);
  const b = second === undefined ? NaN : Number(second);
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b)) {
    throw new IngestError(file, line, `expected a pair of node ids (whole numbers) separated by whitespace, got ${quote(text)}`);
  }
  return a <= b ? [a, b] : [b, a];
}

// A number is several times cheaper to hash and hold than a string, and the
// set holds one entry per distinct pair; ids up to 2^26 cover SNAP's graphs.
const KEY_RADIX = 2 ** 26;

function pairKey(low: number, high: number): number | string {
  return high < KEY_RADIX ? low * KEY_RADIX + high : `${low}-${high}`;
}
