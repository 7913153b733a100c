import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { type CoauthorAdjacency, coauthorAdjacency, NO_YEAR } from '../src/graph/store/coauthorAdjacency.ts';
import { readSnapshot } from '../src/graph/store/snapshot/readSnapshot.ts';
import { writeSnapshot } from '../src/graph/store/snapshot/writeSnapshot.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const scratch = scratchFolder('adjacency');

// Ada shares three papers with Cy (2019–2021), two with Ben (2019–2020), two
// with Eve (one of them undated: 2018 only) and one undated with Dee.
const records: PaperRecord[] = [
  { id: 'p:1', published: '2019-05-01', authors: ['Ada Lovelace', 'Ben Franklin', 'Cy Young'] },
  { id: 'p:2', published: '2021-05-01', authors: ['Cy Young', 'Ada Lovelace'] },
  { id: 'p:3', authors: ['Ada Lovelace', 'Dee Dee'] },
  { id: 'p:4', published: '2020-05-01', authors: ['Ben Franklin', 'Cy Young', 'Ada Lovelace'] },
  { id: 'p:5', published: '2018-05-01', authors: ['Eve Online', 'Ada Lovelace'] },
  { id: 'p:6', authors: ['Ada Lovelace', 'Eve Online'] },
];

/** Author `name`'s row: each coauthor's name, shared papers and years, in name order, and the names strongest first. */
function row(graph: CoauthorGraph, adjacency: CoauthorAdjacency, name: string) {
  const { offsets, neighbours, weights, firstYears, lastYears, strongestFirst } = adjacency;
  const a = graph.authorsByName(name)[0]!.index;
  const slots = Array.from({ length: offsets[a + 1]! - offsets[a]! }, (_, i) => offsets[a]! + i);
  const nameAt = (slot: number) => graph.authors[neighbours[slot]!]!.name;
  return {
    byName: slots.map((k) => [nameAt(k), weights[k], firstYears[k], lastYears[k]]),
    strongestFirst: slots.map((k) => nameAt(strongestFirst[k]!)),
  };
}

describe('the coauthor adjacency', () => {
  it('gives each coauthor their shared papers and years, and orders them by shared papers, then name', () => {
    const graph = buildGraph(records);
    expect(row(graph, coauthorAdjacency(graph), 'Ada Lovelace')).toEqual({
      byName: [
        ['Ben Franklin', 2, 2019, 2020],
        ['Cy Young', 3, 2019, 2021],
        ['Dee Dee', 1, NO_YEAR, NO_YEAR],
        ['Eve Online', 2, 2018, 2018],
      ],
      strongestFirst: ['Cy Young', 'Ben Franklin', 'Eve Online', 'Dee Dee'],
    });
    expect(row(graph, coauthorAdjacency(graph), 'Eve Online')).toEqual({ byName: [['Ada Lovelace', 2, 2018, 2018]], strongestFirst: ['Ada Lovelace'] });
  });

  it('keeps counts and years in 16 bits each when no author has 65,536 papers', () => {
    const { weights, firstYears, lastYears } = coauthorAdjacency(buildGraph(records));
    expect([weights, firstYears, lastYears].map((array) => array.constructor.name)).toEqual(['Uint16Array', 'Int16Array', 'Int16Array']);
  });

  it('keeps the earliest and latest years 16 bits hold', () => {
    const graph = buildGraph([
      { id: 'p:early', year: -32767, authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'p:late', year: 32767, authors: ['Ada Lovelace', 'Ben Franklin'] },
    ]);
    expect(row(graph, coauthorAdjacency(graph), 'Ada Lovelace').byName).toEqual([['Ben Franklin', 2, -32767, 32767]]);
  });

  it('refuses a paper dated beyond the years it holds, naming the paper and its year', () => {
    const graph = buildGraph([{ id: 'p:far', year: 40000, authors: ['Ada Lovelace', 'Ben Franklin'] }]);
    expect(() => coauthorAdjacency(graph)).toThrow(new RangeError('paper p:far has year 40000: years from -32767 to 32767 can be kept; correct its "year"'));
  });

  it('counts 65,536 shared papers in 32 bits, in the snapshot too', async () => {
    const many = Array.from({ length: 65_536 }, (_, i): PaperRecord => ({ id: `p:${i}`, year: 2000, authors: ['Ada Lovelace', 'Ben Franklin'] }));
    const graph = buildGraph(many);
    const path = scratch('many.snapshot', '');
    await writeSnapshot(graph, path);
    const read = await readSnapshot(path);
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect(adjacency.weights.constructor.name).toBe('Uint32Array');
      expect(row(from, adjacency, 'Ben Franklin').byName).toEqual([['Ada Lovelace', 65_536, 2000, 2000]]);
    }
  });
});
