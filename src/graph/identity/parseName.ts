import { splitDisambiguator } from '../text/splitDisambiguator.ts';
import { foldName } from './foldName.ts';
import { isLetterWords } from './isLetterWords.ts';

/** A personal name broken into folded parts for comparison. */
export interface ParsedName {
  /** Given names and middle names or their initials, folded, in order. */
  readonly given: readonly string[];
  /** Family name with any particles (`van der`), folded. */
  readonly surname: string;
  /** Generational suffix (`jr`, `iii`), folded; empty when none. */
  readonly suffix: string;
  /** A homonym number such as dblp's `0001`; empty when none. People with different numbers are different people. */
  readonly disambiguator: string;
  /** All of the above in one string: equal keys mean the same name up to case, accents and punctuation. */
  readonly key: string;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das', 'ter', 'ten', 'zu', 'af', 'zur']);

/**
 * Parses `First Middle von Last Jr`, and `Last, First` when there is a
 * comma; a trailing four-digit number is a homonym disambiguator. `fold`
 * folds the name: `foldName`, or one that remembers words (see
 * `createNameFolder`) where many names are parsed.
 *
 * @example parseName('Samuel R. Bowman') // { given: ['samuel', 'r'], surname: 'bowman', suffix: '', disambiguator: '', key: 'samuel r bowman' }
 */
export function parseName(spelling: string, fold: (name: string) => string = foldName): ParsedName {
  // Most names are ASCII letter words: nothing to trim, fold or reorder but case, and no homonym number.
  if (isLetterWords(spelling)) {
    const folded = spelling.toLowerCase();
    return fromWords(folded.split(' '), spelling, '', folded);
  }
  const { name, disambiguator: number } = splitDisambiguator(spelling.trim());
  const disambiguator = number ?? '';
  const folded = fold(name);
  // "Last, First" and "Last, Jr, First" put the given names after the comma.
  const words = folded.includes(',') ? wordsInOrder(folded) : folded.split(' ').filter((word) => word !== '');
  // The key holds every part in order, so it is the words and the number.
  return fromWords(words, name, disambiguator, [...words, disambiguator].filter((part) => part !== '').join(' '));
}

/** The words of a folded name written with commas, in given-name order. */
function wordsInOrder(folded: string): string[] {
  const [before = '', ...after] = folded.split(',').map((part) => part.trim());
  const ordered = `${after.at(-1)} ${before} ${after.length > 1 ? after[0] : ''}`;
  return ordered.split(' ').filter((word) => word !== '');
}

/** The parts of a name from its folded words, in given-name order; `source` is the name as written, before folding. */
function fromWords(words: string[], source: string, disambiguator: string, key: string): ParsedName {
  let end = words.length;
  const suffix = end > 1 && SUFFIXES.has(words[end - 1]!) ? words[--end]! : '';
  let start = Math.max(end - 1, 0);
  // Particles are told apart by case in the source ("Ludwig van Beethoven"), which folding removed; read only when a particle might be one.
  let writtenLower: ReadonlySet<string> | undefined;
  while (start > 1 && PARTICLES.has(words[start - 1]!) && (writtenLower ??= foldCaseKeeping(source)).has(words[start - 1]!)) start--;
  const surname = end - start === 1 ? words[start]! : words.slice(start, end).join(' ');
  // The words are this parse's own: cut down, they are the given names, with no second array per name.
  words.length = start;
  return { given: words, surname, suffix, disambiguator, key };
}

/** The words of the source that were written in lower case, folded: particles candidates. */
function foldCaseKeeping(spelling: string): ReadonlySet<string> {
  return new Set(
    spelling
      .split(/\s+/u)
      .filter((word) => word !== '' && word === word.toLowerCase())
      .map((word) => foldName(word)),
  );
}
