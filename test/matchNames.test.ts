import { describe, expect, it } from 'vitest';
import { isWithinEditDistance } from '../src/graph/identity/isWithinEditDistance.ts';
import { matchNames } from '../src/graph/identity/matchNames.ts';
import { parseName } from '../src/graph/identity/parseName.ts';

const match = (a: string, b: string) => matchNames(parseName(a), parseName(b));

describe('parseName', () => {
  it('folds accents, special letters and punctuation', () => {
    expect(parseName('Kamilė Lukošiūtė').key).toBe('kamile lukosiute');
    expect(parseName('Mikkel Øbro').key).toBe('mikkel obro');
    expect(parseName('Paweł Łukasz Nowak-Wiśniewski').key).toBe('pawel lukasz nowakwisniewski');
    expect(parseName('Zac Hatfield-Dodds').key).toBe('zac hatfielddodds');
  });

  it('splits given names, particles, surname, suffix and a homonym number', () => {
    expect(parseName('Samuel R. Bowman')).toEqual({ given: ['samuel', 'r'], surname: 'bowman', suffix: '', disambiguator: '', key: 'samuel r bowman' });
    expect(parseName('Ludwig van Beethoven').surname).toBe('van beethoven');
    expect(parseName('Martin Luther King Jr.')).toMatchObject({ given: ['martin', 'luther'], surname: 'king', suffix: 'jr' });
    expect(parseName('Manish Singh 0001')).toMatchObject({ given: ['manish'], surname: 'singh', disambiguator: '0001' });
  });

  it('reads "Last, First" and "Last, Jr, First"', () => {
    expect(parseName('Bowman, Samuel R.').key).toBe('samuel r bowman');
    expect(parseName('King, Jr, Martin Luther')).toMatchObject({ given: ['martin', 'luther'], surname: 'king', suffix: 'jr' });
  });
});

describe('matchNames', () => {
  it.each([
    ['Tim Maxwell', 'Timothy Maxwell', 'nickname'],
    ['Tom Henighan', 'Thomas Henighan', 'nickname'],
    ['Dan Weld', 'Daniel S. Weld', 'nickname'],
    ['S. R. Bowman', 'Samuel R. Bowman', 'initials'],
    ['D. S. Weld', 'Daniel S. Weld', 'initials'],
    ['D. S. Weld', 'Dan Weld', 'initials'],
    ['Amanda Coles', 'Amanda Jane Coles', 'middle-name'],
    ['Kamile Lukosuite', 'Kamile Lukosiute', 'surname-spelling'],
    ['Jörg Hoffmann', 'Jörg Hofmann', 'surname-spelling'],
  ])('proposes %s ~ %s by %s', (a, b, rule) => {
    expect(match(a, b)).toBe(rule);
    expect(match(b, a)).toBe(rule);
  });

  it.each([
    ['Chris Evans', 'Christian Evans'],
    ['Debbie Raji', 'Deborah Raji'],
    ['Edu Vicente', 'Eduardo Vicente'],
    ['Bill Dally', 'William J. Dally'],
  ])('proposes the nickname pair %s ~ %s from the table', (a, b) => {
    expect(match(a, b)).toBe('nickname');
  });

  it.each([
    ['Cecilia Alonso Valdez', 'Cecilia S. Alonso Valdez', 'middle-name'],
    ['Franco De Carardi', 'Franco N. De Carardi', 'middle-name'],
    ['M. de Blasi', 'Manuela De Blasi', 'initials'],
    ['A. Ruiz Moya', 'Agustín N. Ruiz Moya', 'initials'],
    ['Paco Antunes Fernandes', 'Francisco Antunes Fernandes', 'nickname'],
  ])('reads a double surname or capitalised particle as one surname: %s ~ %s by %s', (a, b, rule) => {
    expect(match(a, b)).toBe(rule);
    expect(match(b, a)).toBe(rule);
  });

  it.each([
    ['Dario Amodei', 'Daniela Amodei'],
    ['Anna Chen', 'Carol Chen'],
    ['Derek Long', 'David E. Long'],
    ['Andrew Coles', 'Amanda Coles'],
    ['Anders Jonsson', 'Ari K. Jónsson'],
    ['Sam Ringer', 'Sam McCandlish'],
    ['Thomas I. Liao', 'Thomas Henighan'],
    ['Dustin Li', 'Dustin Lu'],
    ['Daniel Heller', 'Daniel Höller'],
    ['Manish Singh 0001', 'Manish Singh 0004'],
    ['Manish Singh', 'Manish Singh 0001'],
    ['John Smith', 'John Smith Jr'],
    ['Samuel R. Bowman', 'Samuel T. Bowman'],
  ])('proposes nothing for %s ~ %s', (a, b) => {
    expect(match(a, b)).toBeNull();
  });
});

describe('isWithinEditDistance', () => {
  it('counts a swap of neighbours as one step', () => {
    expect(isWithinEditDistance('lukosuite', 'lukosiute', 1)).toBe(true);
    expect(isWithinEditDistance('abcd', 'badc', 1)).toBe(false);
    expect(isWithinEditDistance('abcd', 'badc', 2)).toBe(true);
    expect(isWithinEditDistance('kitten', 'sitting', 2)).toBe(false);
    expect(isWithinEditDistance('kitten', 'sitting', 3)).toBe(true);
  });
});
