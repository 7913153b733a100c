import { describe, expect, it } from 'vitest';
import { gatherColumns } from '../src/graph/store/delta/gatherColumns.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { ABSENT, StringColumn, StringColumnBuilder } from '../src/graph/store/StringColumn.ts';

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

  it('appends another column into the very chunks that pushing its rows one by one makes', () => {
    // 3,000 rows pushed, then 5,000 appended from a column of two chunks: the chunks of 8,000 are 4,096 and 3,904 rows.
    const values = Array.from({ length: 8000 }, (_, row) => (row % 5 === 0 ? undefined : `row ${row}`));
    const builder = new StringColumnBuilder();
    for (const value of values.slice(0, 3000)) builder.push(value);
    builder.append(StringColumn.of(values.slice(3000)));
    const chunksOf = (column: StringColumn) => column.chunks.map(({ text, ends }) => [text, Array.from(ends)]);
    const appended = builder.build();
    expect(appended.chunks.map(({ ends }) => ends.length)).toEqual([4096, 3904]);
    expect(chunksOf(appended)).toEqual(chunksOf(StringColumn.of(values)));
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

  it('finds rows ignoring the case of ASCII letters when asked, and matches no other letter to an ASCII one', () => {
    const rowsWith = (column: StringColumn, needle: string) => {
      const rows: number[] = [];
      column.forEachRowContaining(needle, (row) => rows.push(row), { ignoreCase: true });
      return rows;
    };
    const ascii = StringColumn.of(['Graph Theory', undefined, 'GRAPHS', 'trees', 'a.b (c)', 'axb c']);
    expect(rowsWith(ascii, 'graph')).toEqual([0, 2]);
    expect(rowsWith(ascii, 'GRaph')).toEqual([0, 2]);
    // A needle is text, not a pattern: '.' and '(' are themselves.
    expect(rowsWith(ascii, 'a.b (c)')).toEqual([4]);
    // "Graph Theory" + "GRAPHS" end to end hold "theorygraphs", which no row does.
    expect(rowsWith(ascii, 'theorygraphs')).toEqual([]);
    // 'ſ' upper-cases to 'S' and 'K' (the Kelvin sign) lower-cases to 'k', yet neither is an ASCII letter's other case.
    const letters = StringColumn.of(['class', 'Kelvin', 'İX']);
    expect(rowsWith(letters, 'claſs')).toEqual([]);
    expect(rowsWith(letters, '\u212aelvin')).toEqual([]);
    expect(rowsWith(letters, 'kelvin')).toEqual([1]);
    expect(rowsWith(letters, 'x')).toEqual([2]);
  });

  it('holds no rows when made of none', () => {
    const column = StringColumn.of([]);
    expect(column.length).toBe(0);
    const rows: number[] = [];
    column.forEachRowContaining('a', (row) => rows.push(row));
    expect(rows).toEqual([]);
  });

  it('reads row r from the stored row order[r] once given an order, and finds rows by their place in that order', () => {
    const stored = StringColumn.of(['graph theory', undefined, 'graphs', 'trees']);
    const column = stored.withOrder(Uint32Array.of(3, 0, 1, 2));
    expect(Array.from({ length: 4 }, (_, row) => column.get(row))).toEqual(['trees', 'graph theory', undefined, 'graphs']);
    const rows: number[] = [];
    column.forEachRowContaining('graph', (row) => rows.push(row));
    // Visited as stored: "graph theory" (row 1), then "graphs" (row 3).
    expect(rows).toEqual([1, 3]);
    expect(() => column.get(4)).toThrow('row 4 is outside a column of 4 rows');
    expect(() => stored.withOrder(Uint32Array.of(0, 1))).toThrow('an order of 2 rows for a column of 4');
    expect(() => column.withOrder(Uint32Array.of(0, 1, 2, 3))).toThrow('the column is in an order already');
  });

  it('holds a column of absent rows across chunks, each row absent and every row found by an empty search', () => {
    const column = StringColumn.of(Array.from({ length: 5000 }, () => undefined));
    expect(column.length).toBe(5000);
    expect([column.get(0), column.get(4095), column.get(4096), column.get(4999)]).toEqual([undefined, undefined, undefined, undefined]);
    const rows: number[] = [];
    column.forEachRowContaining('', (row) => rows.push(row));
    expect(rows).toHaveLength(5000);
    column.forEachRowContaining('a', (row) => rows.push(row));
    expect(rows).toHaveLength(5000);
  });
});

describe('StringColumn.gather', () => {
  it('reads kept rows from the column and added rows from the values given, and searches only the rows it holds, in stored order', () => {
    const gathered = runAtOnce(StringColumn.of(['ada', 'bob', 'cid']).gather(Uint32Array.of(2, 3, 0), ['dan']));
    expect([0, 1, 2].map((row) => gathered.get(row))).toEqual(['cid', 'dan', 'ada']);
    const rows: number[] = [];
    gathered.forEachRowContaining('d', (row) => rows.push(row));
    expect(rows).toEqual([2, 0, 1]);
    const again = runAtOnce(gathered.gather(Uint32Array.of(1, 3), ['eve']));
    expect([again.length, again.get(0), again.get(1)]).toEqual([2, 'dan', 'eve']);
    const all: number[] = [];
    again.forEachRowContaining('', (row) => all.push(row));
    expect(all).toEqual([0, 1]);
  });

  it('stores the rows anew, in order, once gathers have added 64 chunks more than the rows need', () => {
    // Each gather keeps rows 1.. of the last and adds one: the column slides along the names.
    let column = StringColumn.of(['n0', 'n1', 'n2']);
    const slide = (added: string) => runAtOnce(column.gather(Uint32Array.of(1, 2, 3), [added]));
    for (let n = 3; n < 3 + 64; n++) column = slide(`n${n}`);
    expect([column.chunks.length, column.order === undefined]).toEqual([65, false]);
    expect([0, 1, 2].map((row) => column.get(row))).toEqual(['n64', 'n65', 'n66']);
    column = slide('n67');
    expect([column.chunks.length, column.order === undefined]).toEqual([1, true]);
    expect([0, 1, 2].map((row) => column.get(row))).toEqual(['n65', 'n66', 'n67']);
  });

  it('stores 70,000 rows anew in two steps of at most 65,536 rows, so that reads come between them', () => {
    // 70,000 rows take 18 chunks; each gather keeps them all and adds one row in a chunk of its own, 64 times without storing anew.
    let column = StringColumn.of(Array.from({ length: 70_000 }, (_, row) => `r${row}`));
    const keepAll = (length: number) => Uint32Array.from({ length: length + 1 }, (_, row) => row);
    for (let n = 0; n < 64; n++) column = runAtOnce(column.gather(keepAll(column.length), [`added ${n}`]));
    expect(column.chunks.length).toBe(18 + 64);
    const steps = column.gather(keepAll(column.length), ['added 64']);
    let pauses = 0;
    let next = steps.next();
    for (; next.done !== true; next = steps.next()) pauses++;
    const stored = next.value;
    expect([pauses, stored.chunks.length, stored.length, stored.get(0), stored.get(69_999), stored.get(70_064)]).toEqual([2, 18, 70_065, 'r0', 'r69999', 'added 64']);
  });

  it('gathers columns built side by side through one order, made once, and a column stored otherwise through its own', () => {
    const read = Uint32Array.of(2, 0, 1);
    const columns = {
      name: StringColumn.of(['ada', 'bob', 'cid']).withOrder(read),
      city: StringColumn.of(['oslo', undefined, 'rome']).withOrder(read),
      note: StringColumn.of(['x', 'y', 'z']),
    };
    expect([columns.name.gathersAs(columns.city), columns.name.gathersAs(columns.note)]).toEqual([true, false]);
    const gathered = runAtOnce(gatherColumns(columns, ['name', 'city', 'note'], Uint32Array.of(3, 0, 2), [{ name: 'dan', city: 'lima', note: 'w' }]));
    expect((['name', 'city', 'note'] as const).map((field) => [0, 1, 2].map((row) => gathered[field].get(row)))).toEqual([
      ['dan', 'cid', 'bob'],
      ['lima', 'rome', undefined],
      ['w', 'x', 'z'],
    ]);
    expect([gathered.name.order === gathered.city.order, gathered.name.order === gathered.note.order]).toEqual([true, false]);
  });
});
