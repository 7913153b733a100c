import { describe, expect, it } from 'vitest';
import { ABSENT, StringColumn } from '../src/graph/store/StringColumn.ts';

describe('a string column', () => {
  it('gives back every row as it was added, absent rows and empty strings apart, across chunks', () => {
    // 5,000 rows: more than one chunk of 4,096.
    const values = Array.from({ length: 5000 }, (_, row) => (row % 7 === 0 ? undefined : row % 11 === 0 ? '' : `row ${row} é`));
    const column = StringColumn.of(values);
    expect(column.length).toBe(5000);
    expect(column.chunks.length).toBe(2);
    expect(Array.from({ length: 5000 }, (_, row) => column.get(row))).toEqual(values);
    expect(() => column.get(5000)).toThrow('row 5000 is outside a column of 5000 rows');
  });

  it('finds every row when a chunk holds fewer rows than the next, as long text seals a chunk early', () => {
    const column = new StringColumn([
      { text: 'ab', ends: Uint32Array.of(1, 2) },
      { text: 'cde', ends: Uint32Array.of(1, 1 | ABSENT, 3) },
      { text: 'f', ends: Uint32Array.of(1) },
    ]);
    expect(Array.from({ length: column.length }, (_, row) => column.get(row))).toEqual(['a', 'b', 'c', undefined, 'de', 'f']);
  });

  it('finds the rows that contain a text, once each, and never a match that runs across two rows', () => {
    const column = StringColumn.of(['graph graph', 'ab', 'cd', undefined, 'xabcd', '']);
    const rowsWith = (needle: string) => {
      const rows: number[] = [];
      column.forEachRowContaining(needle, (row) => rows.push(row));
      return rows;
    };
    expect(rowsWith('graph')).toEqual([0]);
    // "ab" + "cd" end to end make "abcd", which only row 4 holds.
    expect(rowsWith('bc')).toEqual([4]);
    expect(rowsWith('cd')).toEqual([2, 4]);
    expect(rowsWith('')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rowsWith('zz')).toEqual([]);
  });

  it('holds no rows when made of none', () => {
    const column = StringColumn.of([]);
    expect(column.length).toBe(0);
    const rows: number[] = [];
    column.forEachRowContaining('a', (row) => rows.push(row));
    expect(rows).toEqual([]);
  });
});
