import { foldName } from './foldName.ts';

const WHITESPACE = /\s+/u;

/**
 * A `foldName` that folds each distinct word once and remembers it: the
 * names of one data set share their given names and surnames, and folding a
 * word (Unicode decomposition and five replacements) costs far more than
 * looking it up. Folding works word by word: no step reaches across
 * whitespace (a hyphen joins only letters, a final sigma ends at a space), so
 * the words' folds joined by single spaces, empty ones left out, are the
 * whole name's.
 *
 * @example const fold = createNameFolder(); fold('José  Parra') === foldName('José  Parra') // 'jose parra'
 */
export function createNameFolder(): (name: string) => string {
  const folded = new Map<string, string>();
  return (name) => {
    let result = '';
    for (const word of name.split(WHITESPACE)) {
      let fold = folded.get(word);
      if (fold === undefined) folded.set(word, (fold = foldName(word)));
      if (fold !== '') result = result === '' ? fold : `${result} ${fold}`;
    }
    return result;
  };
}
