import { describe, expect, it } from 'vitest';
import { DictionaryColumn } from '../src/graph/store/DictionaryColumn.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import { nodesOf } from './support/nodesOf.ts';

describe('a dictionary column', () => {
  it('holds each distinct value once, in first-seen order, and gives every row back', () => {
    const rows = ['NeurIPS', undefined, 'ICML', 'NeurIPS', '', 'ICML', undefined];
    const column = DictionaryColumn.of(rows);
    expect(Array.from({ length: column.values.length }, (_, k) => column.values.get(k))).toEqual(['NeurIPS', 'ICML', '']);
    expect([...column.codes]).toEqual([1, 0, 2, 1, 3, 2, 0]);
    expect(column.codes).toBeInstanceOf(Uint16Array);
    expect(Array.from({ length: column.length }, (_, row) => column.get(row))).toEqual(rows);
    expect(() => column.get(7)).toThrow('row 7 is outside a column of 7 rows');
  });

  it('widens its codes to 32 bits past 65,535 distinct values', () => {
    const column = DictionaryColumn.of(Array.from({ length: 70000 }, (_, row) => `venue ${row % 66000}`));
    expect(column.codes).toBeInstanceOf(Uint32Array);
    expect(column.values.length).toBe(66000);
    expect([column.get(0), column.get(65999), column.get(66000), column.get(69999)]).toEqual(['venue 0', 'venue 65999', 'venue 0', 'venue 3999']);
  });

  it('codes a column read through an order as the rows in that order would be coded', () => {
    const stored = ['ICML', undefined, 'NeurIPS', 'ACL', 'ICML', 'NeurIPS'];
    const order = Uint32Array.of(5, 1, 3, 0, 4, 2);
    const through = runAtOnce(DictionaryColumn.throughInSteps(StringColumn.of(stored), order));
    // In that order: NeurIPS, -, ACL, ICML, ICML, NeurIPS.
    expect(Array.from({ length: through.values.length }, (_, k) => through.values.get(k))).toEqual(['NeurIPS', 'ACL', 'ICML']);
    expect([...through.codes]).toEqual([1, 0, 2, 3, 3, 1]);
    expect(through).toEqual(DictionaryColumn.of(Array.from(order, (row) => stored[row])));
    const wide = Array.from({ length: 70000 }, (_, row) => `venue ${row % 66000}`);
    const reversed = Uint32Array.from(wide.keys()).reverse();
    expect(runAtOnce(DictionaryColumn.throughInSteps(StringColumn.of(wide), reversed))).toEqual(DictionaryColumn.of(Array.from(reversed, (row) => wide[row])));
  });

  it('refuses a code read from outside that is past its values, and takes one that names a value', () => {
    expect(() => DictionaryColumn.checked(StringColumn.of(['ICML']), Uint16Array.of(0, 1, 2))).toThrow('code 2 is past a dictionary of 1 values');
    expect(DictionaryColumn.checked(StringColumn.of(['ICML']), Uint16Array.of(0, 1, 1)).get(2)).toBe('ICML');
  });

  it("holds a graph's venues by paper, newest first", () => {
    const graph = buildGraph(
      [
        { title: 'Old', published: '2019-01-01', venue: 'ICML', authors: ['Ann Ames'] },
        { title: 'New', published: '2021-01-01', venue: 'NeurIPS', authors: ['Ann Ames'] },
        { title: 'Between', published: '2020-01-01', authors: ['Ann Ames'] },
        { title: 'Newest', published: '2022-01-01', venue: 'ICML', authors: ['Ann Ames'] },
      ],
      { resolveIdentities: resolveByNameKey },
    );
    expect(nodesOf(graph).papers.map((paper) => [paper.title, paper.venue])).toEqual([
      ['Newest', 'ICML'],
      ['New', 'NeurIPS'],
      ['Between', undefined],
      ['Old', 'ICML'],
    ]);
    expect([...graph.parts.paperColumns.venue.codes]).toEqual([1, 2, 0, 1]);
  });
});
