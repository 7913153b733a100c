import { describe, expect, it } from 'vitest';
import { latexToUnicode } from '../src/ingest/bibtex/latexToUnicode.ts';

describe('latexToUnicode turns accent commands into accented letters', () => {
  it.each([
    ['J{\\"o}rg', 'Jörg'],
    ['J{\\"{o}}rg', 'Jörg'],
    ['{J\\"org}', 'Jörg'],
    ['J\\"org', 'Jörg'],
    ["Andr\\'e", 'André'],
    ["Andr{\\'{e}}", 'André'],
    ["Andr\\' e", 'André'],
    ['Fi\\v{s}er', 'Fišer'],
    ['Fi{\\v s}er', 'Fišer'],
    ['Fi\\u{s}er', 'Fis\u0306er'],
    ['R\\u{a}dulescu', 'Rădulescu'],
    ['Fran\\c{c}ois', 'François'],
    ['Fran{\\c c}ois', 'François'],
    ['Nu\\~nez', 'Nuñez'],
    ['Corr{\\^e}a', 'Corrêa'],
    ['Pevn{\\`y}', 'Pevnỳ'],
    ['{\\=a}', 'ā'],
    ['\\.zaba', 'żaba'],
    ['M{\\\'e}r\\H{o}', 'Mérő'],
    ['\\k{a}', 'ą'],
    ['Jakub\\r{u}v', 'Jakubův'],
  ])('%s → %s', (latex, unicode) => {
    expect(latexToUnicode(latex)).toBe(unicode);
  });

  it('puts an accent on the dotless i as an ordinary accented i, in every spelling', () => {
    expect(["Mart{\\'i}n", "Mart{\\'\\i}n", "Mart\\'{\\i}n", "Mart{\\'{\\i}}n"].map(latexToUnicode)).toEqual(['Martín', 'Martín', 'Martín', 'Martín']);
    expect(latexToUnicode('Lo{\\"{\\i}}g')).toBe('Loïg');
  });

  it('writes the results in NFC, one code point per accented letter where Unicode has one', () => {
    expect(Array.from(latexToUnicode('{\\"o}'))).toEqual(['ö']);
    expect(latexToUnicode('\\v{S}t\\v{e}p\\\'{a}n')).toBe('Štěpán'.normalize('NFC'));
  });
});

describe('latexToUnicode turns letter commands into letters', () => {
  it.each([
    ['{\\O}', 'Ø'],
    ['Kristian \\O.\\ Nielsen', 'Kristian Ø. Nielsen'],
    ['Gro{\\ss}', 'Groß'],
    ['Gro\\ss e', 'Große'],
    ['{\\o}bro', 'øbro'],
    ['{\\AA}ngstr{\\"o}m', 'Ångström'],
    ['{\\aa}', 'å'],
    ['Stanis{\\l}aw', 'Stanisław'],
    ['{\\L}ukasz', 'Łukasz'],
    ['Ta{\\c{s}}{\\i}ran', 'Taşıran'],
    ['{\\ae}', 'æ'],
  ])('%s → %s', (latex, unicode) => {
    expect(latexToUnicode(latex)).toBe(unicode);
  });
});

describe('latexToUnicode cleans titles', () => {
  it('removes braces that protect case', () => {
    expect(latexToUnicode('The {IPC} and {PDDL}')).toBe('The IPC and PDDL');
  });

  it('turns -- and --- into dashes, keeping a single hyphen', () => {
    expect(latexToUnicode('Merge-and-Shrink -- a view --- or two')).toBe('Merge-and-Shrink – a view — or two');
  });

  it('reads ~ as a space and collapses runs of whitespace, line breaks included', () => {
    expect(latexToUnicode('  Section~3 of\n                  the   book ')).toBe('Section 3 of the book');
  });

  it('keeps the argument of a style command and drops the command', () => {
    expect(latexToUnicode('Who Said We Need to Relax {\\em All} Variables? \\emph{AR} and \\textsc{Harpy}')).toBe(
      'Who Said We Need to Relax All Variables? AR and Harpy',
    );
  });

  it('drops math delimiters and keeps the formula', () => {
    expect(latexToUnicode('Optimality of {A}${}^*$ and $h^\\textup{FF}(\\Pi^C)$')).toBe('Optimality of A^* and h^FF(Π^C)');
  });

  it('unescapes special characters', () => {
    expect(latexToUnicode('Computers {\\&} Operations \\#1 at 50\\%')).toBe('Computers & Operations #1 at 50%');
  });

  it('makes curly quotes of `` and \'\'', () => {
    expect(latexToUnicode("the paper ``Open Lists''")).toBe('the paper “Open Lists”');
  });

  it('leaves a command it does not know as written, for the caller to report', () => {
    expect(latexToUnicode('A \\foo{bar} result')).toBe('A \\foo{bar} result');
  });
});
