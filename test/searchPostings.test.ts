import { describe, expect, it } from 'vitest';
import { posting } from '../src/graph/search/searchIndex.ts';
import { joinParts, SearchPostings } from '../src/graph/search/SearchPostings.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { hashText } from '../src/graph/text/hashText.ts';

const plain = ({ words, postingWords, postingValues, hashes, documents }: ReturnType<SearchPostings['part']>) => ({
  words: [...words],
  postingWords: [...postingWords],
  postingValues: [...postingValues],
  hashes: [...hashes],
  documents: [...documents],
});

describe('SearchPostings.addLines', () => {
  it('posts the lines of an author’s folded spellings as add posts each, from the line it is told to start at', () => {
    const lines = new SearchPostings();
    lines.addLines('tim maxwell\ntimothy maxwell', 0, posting(4, 3));
    lines.addLines('ann lee\nann lee 0001', 8, posting(5, 3));
    const each = new SearchPostings();
    each.add('tim maxwell', posting(4, 3), true);
    each.add('timothy maxwell', posting(4, 3), true);
    each.add('ann lee 0001', posting(5, 3), true);
    expect(plain(lines.part())).toEqual(plain(each.part()));
    // Words: tim, maxwell, timothy (maxwell once for author 4), then ann, lee, 0001; whole texts: three.
    expect(plain(lines.part())).toEqual({
      words: ['tim', 'maxwell', 'timothy', 'ann', 'lee', '0001'],
      postingWords: [0, 1, 2, 3, 4, 5],
      postingValues: [19, 19, 19, 23, 23, 23],
      hashes: [hashText('tim maxwell'), hashText('timothy maxwell'), hashText('ann lee 0001')],
      documents: [4, 4, 5],
    });
  });
});

describe('joinParts', () => {
  // Two authors (documents 0 and 1), then two papers (documents 2 and 3): paper 0 has an abstract and no title posted, paper 1 both.
  const names = new SearchPostings();
  names.add('ann lee', posting(0, 3), true);
  names.add('lee', posting(1, 3), true);
  const titles = new SearchPostings();
  titles.add('ann', posting(1, 2), true);
  const abstracts = new SearchPostings();
  abstracts.add('deep', posting(0, 1), false);
  abstracts.add('deep', posting(1, 1), false);

  it('takes the postings document by document, a later part’s first where its document comes first, and the parts in the order given on a tie', () => {
    const joined = runAtOnce(
      joinParts([
        { part: names.part(), offset: 0 },
        { part: titles.part(), offset: 2 },
        { part: abstracts.part(), offset: 2 },
      ]),
    );
    expect(plain(joined)).toEqual({
      words: ['ann', 'lee', 'deep'],
      // ann and lee for author 0, lee for author 1, deep for paper 0's abstract, then paper 1: ann in its title before deep in its abstract.
      postingWords: [0, 1, 1, 2, 0, 2],
      postingValues: [posting(0, 3), posting(0, 3), posting(1, 3), posting(2, 1), posting(3, 2), posting(3, 1)],
      hashes: [hashText('ann lee'), hashText('lee'), hashText('ann')],
      documents: [0, 1, 3],
    });
  });
});
