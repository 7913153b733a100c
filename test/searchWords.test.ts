import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedWords, wordEnd, wordStart } from '../src/graph/search/searchWords.ts';

// Letters and digits of every kind next to what separates them: ASCII, accents left unfolded, a combining mark,
// CJK, a Roman numeral (a letter number) and a superscript digit, letters beyond the basic plane, an emoji,
// a fullwidth letter, lone surrogates of both halves.
const PIECES = ['a', 'Z', '7', ' ', '-', ',', 'é', '\u0301', '中', 'Ⅻ', '²', '𝐀', '😀', 'Ａ', '\ud835', '\udc00', '_', '\t'];

describe('the words of a folded text', () => {
  it('are the runs of letters and digits, split at anything else', () => {
    expect(foldedWords('chain-of-thought, 2nd ed.')).toEqual(['chain', 'of', 'thought', '2nd', 'ed']);
    expect(foldedWords('  ')).toEqual([]);
    expect(foldedWords('中文 𝐀𝐁 x😀y Ⅻ²')).toEqual(['中文', '𝐀𝐁', 'x', 'y', 'Ⅻ²']);
    expect([wordStart('chain-of-thought', 5), wordEnd('chain-of-thought', 6), wordStart('of ', 2)]).toEqual([6, 8, -1]);
  });

  it('are the pieces a split at every run of code points that are neither letter nor digit leaves', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(foldedWords(text)).toEqual(text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ''));
      }),
      { numRuns: 2000 },
    );
  });
});
