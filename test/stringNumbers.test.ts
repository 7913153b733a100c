import { describe, expect, it } from 'vitest';
import { StringNumbers } from '../src/graph/store/StringNumbers.ts';
import { hashText } from '../src/graph/text/hashText.ts';

describe('StringNumbers', () => {
  it('numbers strings in order of first appearance and gives a string seen before its number again', () => {
    const numbers = new StringNumbers();
    expect(['Ann Lee', 'Bo Li', 'Ann Lee', '', 'ann lee', 'Bo Li', ''].map((text) => numbers.numberOf(text))).toEqual([0, 1, 0, 2, 3, 1, 2]);
    expect(numbers.strings).toEqual(['Ann Lee', 'Bo Li', '', 'ann lee']);
  });

  it('tells apart strings whose hashes are equal, and strings whose hashes differ only in the bit a slot leaves out', () => {
    // FNV-1a collisions, found by search: the same 32 bits, and two hashes one apart.
    expect(hashText('costarring')).toBe(hashText('liquid'));
    expect(hashText('n498298') ^ hashText('n1003715')).toBe(1);
    const numbers = new StringNumbers();
    const texts = ['costarring', 'n498298', 'liquid', 'n1003715', 'liquid', 'costarring', 'n1003715', 'n498298'];
    expect(texts.map((text) => numbers.numberOf(text))).toEqual([0, 1, 2, 3, 2, 0, 3, 1]);
  });

  it('numbers 100,000 strings as a map numbering them in order would, across every time its table grows', () => {
    const texts = Array.from({ length: 300_000 }, (_, i) => `author ${(i * 7919) % 100_000}`);
    const byMap = new Map<string, number>();
    const expected = texts.map((text) => byMap.get(text) ?? (byMap.set(text, byMap.size), byMap.size - 1));
    const numbers = new StringNumbers();
    expect(texts.map((text) => numbers.numberOf(text))).toEqual(expected);
    expect(numbers.strings).toEqual([...byMap.keys()]);
  });
});
