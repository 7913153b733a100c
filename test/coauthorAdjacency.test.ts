import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { type CoauthorAdjacency, coauthorAdjacency, NO_YEAR, yearOf } from '../src/graph/store/coauthorAdjacency.ts';
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
    byName: slots.map((k) => [nameAt(k), weights[k], yearOf(adjacency, firstYears[k]!), yearOf(adjacency, lastYears[k]!)]),
    strongestFirst: slots.map((k) => nameAt(offsets[a]! + strongestFirst[k]!)),
  };
}

/** The adjacency's array types: weights, first and last years, strongest-first places. */
function widths({ weights, firstYears, lastYears, strongestFirst }: CoauthorAdjacency): string[] {
  return [weights, firstYears, lastYears, strongestFirst].map((array) => array.constructor.name);
}

/** `count` papers of 2000 by `authors`. */
function papersOf(count: number, authors: string[]): PaperRecord[] {
  return Array.from({ length: count }, (_, i) => ({ id: `p:${i}`, year: 2000, authors }));
}

async function throughSnapshot(graph: CoauthorGraph, name: string): Promise<CoauthorGraph> {
  const path = scratch(name, '');
  await writeSnapshot(graph, path);
  return readSnapshot(path);
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

  it('keeps counts and years in 8 bits and the strongest-first places in 16 when the graph allows it, in the snapshot too', async () => {
    const graph = buildGraph(records);
    const read = await throughSnapshot(graph, 'narrow.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect(widths(adjacency)).toEqual(['Uint8Array', 'Uint8Array', 'Uint8Array', 'Uint16Array']);
      // The dated papers run from 2018: codes count from the year before, 0 meaning undated.
      expect([adjacency.yearBase, adjacency.noYearCode]).toEqual([2017, 0]);
      expect(row(from, adjacency, 'Ada Lovelace').byName).toEqual([
        ['Ben Franklin', 2, 2019, 2020],
        ['Cy Young', 3, 2019, 2021],
        ['Dee Dee', 1, NO_YEAR, NO_YEAR],
        ['Eve Online', 2, 2018, 2018],
      ]);
    }
  });

  it('keeps years in 8 bits when the dated ones span 255 years, and in 16 bits from 256', () => {
    for (const [latest, width] of [[2054, 'Uint8Array'], [2055, 'Int16Array']] as const) {
      const graph = buildGraph([
        { id: 'p:old', year: 1800, authors: ['Ada Lovelace', 'Ben Franklin'] },
        { id: 'p:new', year: latest, authors: ['Ada Lovelace', 'Ben Franklin'] },
        { id: 'p:undated', authors: ['Ada Lovelace', 'Cy Young'] },
      ]);
      const adjacency = coauthorAdjacency(graph);
      expect(adjacency.firstYears.constructor.name).toBe(width);
      expect(row(graph, adjacency, 'Ada Lovelace').byName).toEqual([
        ['Ben Franklin', 2, 1800, latest],
        ['Cy Young', 1, NO_YEAR, NO_YEAR],
      ]);
    }
  });

  it('answers the same coauthor years on a graph whose years span 300 years, from 16-bit years, in the snapshot too', async () => {
    const graph = buildGraph([
      { id: 'p:1', year: 1720, authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'p:2', year: 1850, authors: ['Ben Franklin', 'Ada Lovelace', 'Cy Young'] },
      { id: 'p:3', year: 2019, authors: ['Cy Young', 'Ada Lovelace'] },
      { id: 'p:4', authors: ['Ada Lovelace', 'Dee Dee'] },
    ]);
    const read = await throughSnapshot(graph, 'centuries.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect(widths(adjacency)).toEqual(['Uint8Array', 'Int16Array', 'Int16Array', 'Uint16Array']);
      expect(row(from, adjacency, 'Ada Lovelace')).toEqual({
        byName: [
          ['Ben Franklin', 2, 1720, 1850],
          ['Cy Young', 2, 1850, 2019],
          ['Dee Dee', 1, NO_YEAR, NO_YEAR],
        ],
        strongestFirst: ['Ben Franklin', 'Cy Young', 'Dee Dee'],
      });
    }
  });

  it('counts 255 shared papers in 8 bits and 256 in 16, in the snapshot too', async () => {
    for (const [shared, width] of [[255, 'Uint8Array'], [256, 'Uint16Array']] as const) {
      const graph = buildGraph([
        ...papersOf(shared, ['Ada Lovelace', 'Ben Franklin']),
        { id: 'p:cy', year: 2001, authors: ['Ben Franklin', 'Cy Young'] },
      ]);
      const read = await throughSnapshot(graph, `shared-${shared}.snapshot`);
      for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
        expect(adjacency.weights.constructor.name).toBe(width);
        expect(row(from, adjacency, 'Ben Franklin')).toEqual({
          byName: [
            ['Ada Lovelace', shared, 2000, 2000],
            ['Cy Young', 1, 2001, 2001],
          ],
          strongestFirst: ['Ada Lovelace', 'Cy Young'],
        });
      }
    }
  });

  it('keeps the strongest-first places in 32 bits when a row is longer than 65,536, in the snapshot too', async () => {
    // Ada writes with 65,537 people, the last by name (Zed) twice: Zed is her closest, at place 65,536 of her row.
    const people = Array.from({ length: 65_536 }, (_, i) => `Person ${String(i).padStart(5, '0')}`);
    const graph = buildGraph([
      ...people.map((name, i): PaperRecord => ({ id: `p:${i}`, year: 2000, authors: ['Ada Lovelace', name] })),
      ...papersOf(2, ['Ada Lovelace', 'Zed Zimmer']).map((record) => ({ ...record, id: `${record.id}:zed` })),
    ]);
    const read = await throughSnapshot(graph, 'long-row.snapshot');
    for (const from of [graph, read]) {
      const adjacency = coauthorAdjacency(from);
      expect(adjacency.strongestFirst.constructor.name).toBe('Uint32Array');
      const ada = from.authorsByName('Ada Lovelace')[0]!;
      const [places] = from.coauthorsOfAuthors([ada]);
      const closest = Array.from(places!.subarray(0, 3), (place) => from.authors[adjacency.neighbours[adjacency.offsets[ada.index]! + place]!]!.name);
      expect([places!.length, places![0], closest]).toEqual([65_537, 65_536, ['Zed Zimmer', 'Person 00000', 'Person 00001']]);
    }
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
    const read = await throughSnapshot(graph, 'many.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect(adjacency.weights.constructor.name).toBe('Uint32Array');
      expect(row(from, adjacency, 'Ben Franklin').byName).toEqual([['Ada Lovelace', 65_536, 2000, 2000]]);
    }
  });
});
