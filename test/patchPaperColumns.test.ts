import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { patchPaperColumns } from '../src/graph/store/delta/patchPaperColumns.ts';
import { renumberAround } from '../src/graph/store/delta/Renumbering.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';

describe('the paper columns after a change', () => {
  // 70,000 papers of one day, each at its own venue, in id order; the paper added is older than all of them, so it comes last.
  const records: PaperRecord[] = Array.from({ length: 70_000 }, (_, k) => ({ id: `p${String(k).padStart(5, '0')}`, published: '2000-01-01', venue: `Venue ${k}`, authors: ['Ann Lee'] }));
  const added: PaperRecord = { id: 'q', published: '1990-01-01', venue: 'Venue 5', authors: ['Bo Li'] };

  it('code more than 65,536 venues anew in pieces, 32 bits wide once they are that many, as a build of all the papers codes them', () => {
    const graph = buildGraph(records);
    const { venue, rows } = runAtOnce(patchPaperColumns(graph.parts.paperColumns, runAtOnce(renumberAround(70_000, [], [70_000], [])), [added], [0]));
    expect(venue.codes).toBeInstanceOf(Uint32Array);
    expect([0, 65_535, 65_536, 69_999, 70_000].map((row) => venue.get(row))).toEqual(['Venue 0', 'Venue 65535', 'Venue 65536', 'Venue 69999', 'Venue 5']);
    // The added paper's venue is paper 5's, coded as it is.
    expect([venue.codes[5], venue.codes[70_000], venue.values.length]).toEqual([6, 6, 70_000]);
    // Its record row follows the old ones'.
    expect([rows[69_999], rows[70_000]]).toEqual([69_999, 70_000]);
    const built = buildGraph([...records, added]).parts.paperColumns.venue;
    expect([...venue.codes]).toEqual([...built.codes]);
  });
});
