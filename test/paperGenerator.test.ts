import { describe, expect, it } from 'vitest';
import { PaperGenerator } from '../bench/generator/PaperGenerator.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { parseName } from '../src/graph/identity/parseName.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { formatJsonLine } from '../src/ingest/jsonl/formatJsonLine.ts';
import { validatePaperRecord } from '../src/ingest/validatePaperRecord.ts';

const generate = (papers: number, seed = 1): PaperRecord[] => {
  const generator = new PaperGenerator({ papers, seed });
  return Array.from({ length: papers }, () => generator.next());
};
const records = generate(5000);
const spellings = new Set(records.flatMap((record) => record.authors));

describe('the paper generator', () => {
  it('generates the same records for the same seed and paper count, and others for another seed', () => {
    expect(generate(300)).toEqual(generate(300));
    expect(generate(300, 2)).not.toEqual(generate(300));
  });

  it('writes records that pass validation and whose plain JSON is the canonical line', () => {
    records.forEach((record, index) => {
      expect(validatePaperRecord(JSON.parse(JSON.stringify(record)), 'generated.jsonl', index + 1)).toEqual(record);
      expect(`${JSON.stringify(record)}\n`).toBe(formatJsonLine(record));
    });
  });

  it('numbers the papers gen:1, gen:2, … and dates them 1975–2024 with the year of the date', () => {
    expect(records.map((record) => record.id)).toEqual(records.map((_, index) => `gen:${index + 1}`));
    for (const { published, year } of records) {
      expect(Number(published?.slice(0, 4))).toBe(year);
      expect(year).toBeGreaterThanOrEqual(1975);
      expect(year).toBeLessThanOrEqual(2024);
    }
  });

  it('never gives two people the same given name and surname, even up to accents, case and middle initials', () => {
    const spellingOf = new Map<string, string>();
    for (const spelling of spellings) {
      const { given, surname } = parseName(spelling);
      const key = `${given[0]} ${surname}`;
      expect(spellingOf.get(key) ?? spelling).toBe(spelling);
      spellingOf.set(key, spelling);
    }
  });

  it('gives identity merging nothing to merge: one author per spelling', () => {
    expect(buildGraph(records).authorCount).toBe(spellings.size);
  });

  it('draws coauthors from recurring circles, so some pairs write several papers together', () => {
    const pairs = new Map<string, number>();
    for (const { authors } of records) {
      for (const [i, a] of authors.entries()) {
        for (const b of authors.slice(i + 1)) {
          const pair = [a, b].sort().join('|');
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        }
      }
    }
    expect([...pairs.values()].filter((count) => count > 1).length).toBeGreaterThan(pairs.size / 10);
  });
});
