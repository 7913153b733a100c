import type { AuthorAlias } from './Author.ts';
import { splitDisambiguator } from '../text/splitDisambiguator.ts';

/**
 * The spellings an author is found by (see `GraphParts.authorsByNameKey`):
 * each alias, with and without its homonym number (a number the resolver
 * gave a split homonym as well as one in the data), and a name a curator
 * gave. A spelling may come twice; the index keeps it once.
 *
 * @example findableSpellings({ aliases: [{ name: 'Wei Zhang 0002', paperCount: 3 }], name: 'Wei Zhang', given: false, disambiguator: '0002' }) // ['Wei Zhang 0002', 'Wei Zhang']
 */
export function findableSpellings({
  aliases,
  name,
  given,
  disambiguator,
}: {
  readonly aliases: readonly AuthorAlias[];
  readonly name: string;
  readonly given: boolean;
  readonly disambiguator: string | null;
}): string[] {
  const spellings: string[] = [];
  for (const alias of aliases) {
    const plain = splitDisambiguator(alias.name).name;
    spellings.push(alias.name);
    if (plain !== alias.name) spellings.push(plain);
    // A person the resolver numbered (a split homonym) is found by the number too, as one the data numbered is.
    else if (disambiguator !== null) spellings.push(`${plain} ${disambiguator}`);
  }
  if (given) spellings.push(name);
  return spellings;
}
