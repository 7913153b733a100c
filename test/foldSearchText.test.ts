import { describe, expect, it } from 'vitest';
import { foldSearchText } from '../src/graph/text/foldSearchText.ts';
import { foldText } from '../src/graph/text/foldText.ts';

describe('foldSearchText', () => {
  it('joins the folded title and abstract with one space', () => {
    expect(foldSearchText('Constitutional AI', 'We  train a Harmless\tassistant.')).toBe('constitutional ai we train a harmless assistant.');
  });

  it('is the title alone when there is no abstract, and the abstract alone when there is no title', () => {
    expect(foldSearchText('Kamilė Lukošiūtė', undefined)).toBe('kamile lukosiute');
    expect(foldSearchText(undefined, ' Red teaming ')).toBe('red teaming');
    expect(foldSearchText('  ', '')).toBe('');
  });

  it('equals foldText of the title and abstract on two lines', () => {
    const texts = ['', ' ', 'Plain title', 'ΟΔΟΣ', 'Σ end', ' Lukošiūtė ', '\u0301mark first', 'two  spaces', 'ﬁne ligature', 'trailing\n'];
    for (const title of texts) {
      for (const abstract of texts) expect(foldSearchText(title, abstract)).toBe(foldText(`${title}\n${abstract}`));
    }
  });
});
