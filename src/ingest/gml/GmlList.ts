/**
 * A GML list as `parseGml` returns it: the key-value pairs between `[` and
 * `]` (or of the whole file), in file order, each with the line of its key.
 * Keys may repeat, as `node` and `edge` do.
 *
 * @example
 * // 'graph [ node [ id 1 label "ABRAMO, G" ] ]' parses to
 * // [{ key: 'graph', line: 1, value: { type: 'list', value: [{ key: 'node', line: 1, value: { type: 'list', value: [
 * //   { key: 'id', line: 1, value: { type: 'integer', value: 1 } },
 * //   { key: 'label', line: 1, value: { type: 'string', value: 'ABRAMO, G' } }] } }] } }]
 */
export type GmlList = readonly GmlPair[];

export interface GmlPair {
  readonly key: string;
  readonly value: GmlValue;
  /** 1-based line of the key. */
  readonly line: number;
}

/** GML's four kinds of value; integers are kept apart from reals because ids must be integers. */
export type GmlValue =
  | { readonly type: 'integer'; readonly value: number }
  | { readonly type: 'real'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'list'; readonly value: GmlList };
