import { describe, expect, it } from 'vitest';
import { IdOrder, KeyIndex } from '../src/graph/store/KeyIndex.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';

describe('a key index', () => {
  const pairs: [string, number][] = [['zhang', 7], ['perez', 9], ['bai', 1], ['zhang', 2], ['perez', 4], ['zhang', 3], ['perez', 9], ['ab', 0]];
  const index = runAtOnce(KeyIndex.inSteps(pairs.map(([key]) => key), pairs.map(([, value]) => value)));

  it('finds the numbers of each key, ascending, a pair given twice kept once', () => {
    expect(Array.from(index.get('perez')!)).toEqual([4, 9]);
    expect(Array.from(index.get('zhang')!)).toEqual([2, 3, 7]);
    expect(Array.from(index.get('bai')!)).toEqual([1]);
    expect(Array.from(index.get('ab')!)).toEqual([0]);
  });

  it('holds each key once, in code-unit order', () => {
    expect(Array.from({ length: index.keys.length }, (_, row) => index.keys.get(row))).toEqual(['ab', 'bai', 'perez', 'zhang']);
  });

  it('finds nothing for a key it does not hold, before, between or after its keys', () => {
    expect(index.get('a')).toBeUndefined();
    expect(index.get('c')).toBeUndefined();
    expect(index.get('zz')).toBeUndefined();
    expect(index.get('pere')).toBeUndefined();
  });
});

describe('a pair of key indexes', () => {
  // Names keyed two ways: the keys agree but for 'Łukasz', and 'lukasz' is a name key of another person too.
  const nameKeys = ['zhang', 'łukasz', 'perez', 'lukasz', 'zhang'];
  const foldedNames = ['zhang', 'lukasz', 'perez', 'lukasz', 'zhang'];
  const holders = [7, 3, 9, 5, 2];
  const [byNameKey, byFoldedName] = runAtOnce(KeyIndex.pairInSteps(nameKeys, foldedNames, holders));
  const contents = (index: KeyIndex) => Array.from({ length: index.keys.length }, (_, row) => [index.keys.get(row), Array.from(index.get(index.keys.get(row)!)!)]);

  it('holds what an index of each makes', () => {
    expect(contents(byNameKey)).toEqual([['lukasz', [5]], ['perez', [9]], ['zhang', [2, 7]], ['łukasz', [3]]]);
    expect(contents(byFoldedName)).toEqual([['lukasz', [3, 5]], ['perez', [9]], ['zhang', [2, 7]]]);
    expect(contents(byFoldedName)).toEqual(contents(runAtOnce(KeyIndex.inSteps(foldedNames, holders))));
  });
});

describe('an id order', () => {
  const ids = ['h:9f', 'arxiv:2212.08073', 'doi:10.1/x', 'B'];
  const order = runAtOnce(IdOrder.inSteps(StringColumn.of(ids), ids));

  it('finds each row by its id, and no row for an unknown id', () => {
    expect(ids.map((id) => order.find(id))).toEqual([0, 1, 2, 3]);
    expect(order.find('b')).toBeUndefined();
    expect(order.find('')).toBeUndefined();
    expect(order.find('zzz')).toBeUndefined();
  });

  it('orders the rows by id in code units, capitals first', () => {
    expect(Array.from(order.order)).toEqual([3, 1, 2, 0]);
  });
});
