import { describe, expect, it } from 'vitest';
import { findSplitNames } from '../src/ingest/bibtex/findSplitNames.ts';
import { type BibtexName, parseBibtexName } from '../src/ingest/bibtex/parseBibtexName.ts';

function fail(reason: string): never {
  throw new Error(reason);
}

function name(raw: string): BibtexName {
  return parseBibtexName(raw, fail);
}

function parts(raw: string): [string, string, string, string] {
  const { first, von, last, jr } = name(raw);
  return [first, von, last, jr];
}

function failure(raw: string): string {
  try {
    parseBibtexName(raw, fail);
  } catch (error) {
    if (error instanceof Error) return error.message;
  }
  throw new Error(`expected ${raw} to fail`);
}

function splitNames(...raws: string[]): [number, string][] {
  return findSplitNames(raws.map(name)).map(({ index, reason }) => [index, reason]);
}

describe('parseBibtexName reads the three BibTeX name forms', () => {
  it('reads "First Last" with middle initials', () => {
    expect(parts('Greg S. Corrado')).toEqual(['Greg S.', '', 'Corrado', '']);
  });

  it('reads "First von Last", the von part being the lower-case words', () => {
    expect(parts('Tom{\\\'a}s de la Rosa')).toEqual(['Tomás', 'de la', 'Rosa', '']);
    expect(parts('Joaquim Ortiz de Haro')).toEqual(['Joaquim Ortiz', 'de', 'Haro', '']);
  });

  it('reads "von Last, First"', () => {
    expect(parts('van der Berg, Freark I.')).toEqual(['Freark I.', 'van der', 'Berg', '']);
    expect(parts('Hoffmann, J{\\"o}rg')).toEqual(['Jörg', '', 'Hoffmann', '']);
  });

  it('reads "Last, Jr, First"', () => {
    expect(parts('Hunt, Jr., Warren A.')).toEqual(['Warren A.', '', 'Hunt', 'Jr.']);
    expect(parts('White, III, Chelsea C.')).toEqual(['Chelsea C.', '', 'White', 'III']);
  });

  it('shows a name as "First von Last Jr", without commas', () => {
    expect(['Hunt, Jr., Warren A.', 'de la Rosa, Tom{\\\'a}s', 'Tomas de la Rosa'].map((raw) => name(raw).display)).toEqual([
      'Warren A. Hunt Jr.',
      'Tomás de la Rosa',
      'Tomas de la Rosa',
    ]);
  });

  it('keeps a braced group as one word of no case', () => {
    expect(parts('Carlos {Linares L{\\\'{o}}pez}')).toEqual(['Carlos', '', 'Linares López', '']);
    expect(parts('{International Skat Players Association}')).toEqual(['', '', 'International Skat Players Association', '']);
  });

  it('takes an accented capital, braced or not, as upper case, so it is a first name', () => {
    expect(parts('{\\\'A}lvaro Torralba')).toEqual(['Álvaro', '', 'Torralba', '']);
    expect(parts('\\\'{A}lvaro Torralba')).toEqual(['Álvaro', '', 'Torralba', '']);
    expect(parts('\\v{S}t\\v{e}p\\\'{a}n Rou\\v{c}ka')).toEqual(['Štěpán', '', 'Roučka', '']);
  });

  it('takes an accented lower-case letter as lower case', () => {
    expect(parts('Jean {\\\'e}l Dupont')).toEqual(['Jean', 'él', 'Dupont', '']);
  });

  it('splits words at ~ and converts each on its own, so a letter command before a space keeps the space', () => {
    expect(name('Piotr Rafa\\l Gzubicki').display).toBe('Piotr Rafał Gzubicki');
    expect(parts('Juan~de~la~Fuente')).toEqual(['Juan', 'de la', 'Fuente', '']);
  });

  it('keeps a single word as the last name', () => {
    expect(parts('Mausam')).toEqual(['', '', 'Mausam', '']);
  });

  it('refuses a name with more than two commas or without a last name', () => {
    expect(failure('A, B, C, D')).toBe('has 3 commas; a name is "First von Last", "von Last, First" or "von Last, Jr, First"');
    expect(failure(', J{\\"o}rg')).toBe('has no last name');
  });
});

describe('findSplitNames finds names that "and" cut in two', () => {
  it('finds the end of "Fernanda Viégas" cut after "Fern"', () => {
    expect(splitNames('Vijay Vasudevan', 'Fern', "a Vi{\\'e}gas", 'Oriol Vinyals')).toEqual([
      [2, 'has no first name and starts with the lower-case word "a": it looks like the end of a name split at the word "and" ("Fern and a Viégas")'],
    ]);
  });

  it('finds a name that is only initials and names the one after it', () => {
    expect(splitNames('K. Driessens', 'G.', 'Shani')).toEqual([
      [1, 'is only initials: it looks like the start of a name split at the word "and" ("G. and Shani")'],
    ]);
    expect(splitNames('Ann Smith', 'J.-P.')).toEqual([[1, 'is only initials: it looks like the start of a name split at the word "and"']]);
  });

  it('does not flag real names: one-word names, institutions, von parts after a first name or in comma form, initials before a last name', () => {
    expect(
      splitNames(
        'Mausam',
        '{DARPA}',
        'Deutscher {D}oppelkopf {V}erband',
        'Tom{\\\'a}s de la Rosa',
        'van Beethoven, Ludwig',
        'J.-P. Sartre',
        'JL P\\\'{e}rez De la Cruz',
        '{\\\'A}lvaro Torralba',
        'Fernando Fern\\\'{a}ndez',
      ),
    ).toEqual([]);
  });
});
