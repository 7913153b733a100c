import { describe, expect, it } from 'vitest';
import { warmUpChanges } from '../src/curation/warmUpChanges.ts';
import { HeldRecords } from '../src/ingest/HeldRecords.ts';

const records = new HeldRecords([
  { title: 'On Pairs', authors: ['Ann Ames', 'Bo Berg'], published: '2020-03-01', year: 2020 },
  { title: 'On Triples', authors: ['Bo Berg', 'Cy Cole'], published: '2021-03-01', year: 2021 },
  { title: 'Left Out', authors: ['Di Dunn'], published: '2022-03-01', year: 2022 },
]);

describe('warmUpChanges', () => {
  for (const identity of ['exact', 'merge'] as const) {
    it(`adds two hundred papers to the first records' graph and merges two pairs of their new authors (${identity} identity)`, async () => {
      const graph = await warmUpChanges(records, { identity }, { same: [], distinct: [] }, 2);
      // The first two records' 3 authors, with 100 new ones a round, less one a merge.
      expect([graph.paperCount, graph.authorCount]).toEqual([2 + 200, 3 + 200 - 2]);
      expect(graph.authorsByName('Di Dunn')).toEqual([]);
      // Each round's paper k is by Ann Ames, Bo Berg or Cy Cole as k mod 3 is 0, 1 or 2: 34, 33 and 33 a round.
      expect(['Ann Ames', 'Bo Berg', 'Cy Cole'].map((name) => graph.authorsByName(name)[0]!.paperCount)).toEqual([1 + 68, 2 + 66, 1 + 66]);
      for (const round of [0, 1]) {
        const [merged] = graph.authorsByName(`Warm-up writer ${round}-0`);
        expect(merged!.paperCount).toBe(2);
        expect(merged!.aliases.map(({ name }) => name).sort()).toEqual([`Warm-up writer ${round}-0`, `Warm-up writer ${round}-1`]);
        expect(graph.authorsByName(`Warm-up writer ${round}-99`)[0]!.paperCount).toBe(1);
      }
    });
  }
});
