import { describe, expect, it } from 'vitest';
import { createNameFolder } from '../src/graph/identity/createNameFolder.ts';
import { foldName } from '../src/graph/identity/foldName.ts';

const names = [
  'Kamilė  Lukošiūtė',
  ' Nick Schiefer ',
  'Zac Hatfield-Dodds',
  "Dara O'Brien",
  'Bardo - Kowalski',
  'Σ. ΟΔΟΣ Παπαδόπουλος',
  'Jörg\u00a0Hoffmann',
  'Smith, Jr, John',
  'Łukasz Ø. Æbelø',
  '',
];

describe('folding names word by word', () => {
  it('folds each name as foldName does, spaces, hyphens, apostrophes, commas and final sigmas included', () => {
    const fold = createNameFolder();
    expect(names.map(fold)).toEqual(names.map(foldName));
    expect(fold('Kamilė  Lukošiūtė')).toBe('kamile lukosiute');
    expect(fold('Bardo - Kowalski')).toBe('bardo kowalski');
  });

  it('gives the same fold when a word comes again in another name', () => {
    const fold = createNameFolder();
    expect([fold('José Parra'), fold('Parra José'), fold('José-Parra')]).toEqual(['jose parra', 'parra jose', 'joseparra']);
  });
});
