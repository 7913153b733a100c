import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { type CoauthorAdjacency, coauthorAdjacency, strongestFirst } from '../src/graph/store/coauthorAdjacency.ts';
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
  const { offsets, neighbours, weights } = adjacency;
  const author = graph.authorsByName(name)[0]!;
  const a = author.index;
  const slots = Array.from({ length: offsets[a + 1]! - offsets[a]! }, (_, i) => offsets[a]! + i);
  const nameAt = (slot: number) => graph.author(neighbours[slot]!).name;
  const years = graph.collaborationYears(slots.map((k) => [author, graph.author(neighbours[k]!)] as const));
  return {
    byName: slots.map((k, i) => [nameAt(k), weights[k], years[i]!.firstYear, years[i]!.lastYear]),
    strongestFirst: Array.from(strongestFirst(adjacency, a), (place) => nameAt(offsets[a]! + place)),
  };
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
        ['Dee Dee', 1, null, null],
        ['Eve Online', 2, 2018, 2018],
      ],
      strongestFirst: ['Cy Young', 'Ben Franklin', 'Eve Online', 'Dee Dee'],
    });
    expect(row(graph, coauthorAdjacency(graph), 'Eve Online')).toEqual({ byName: [['Ada Lovelace', 2, 2018, 2018]], strongestFirst: ['Ada Lovelace'] });
  });

  it('ranks coauthors who share as many papers by name, and an author without coauthors as an empty row', () => {
    // Ada shares one paper with each of Eve, Cy and Ben, in that byline order, two with Dee; Fay writes alone.
    const graph = buildGraph([
      { id: 'p:1', year: 2001, authors: ['Ada Lovelace', 'Eve Online', 'Cy Young', 'Ben Franklin'] },
      { id: 'p:2', year: 2002, authors: ['Dee Dee', 'Ada Lovelace'] },
      { id: 'p:3', year: 2003, authors: ['Ada Lovelace', 'Dee Dee'] },
      { id: 'p:4', year: 2004, authors: ['Fay Wray'] },
    ]);
    const adjacency = coauthorAdjacency(graph);
    expect(row(graph, adjacency, 'Ada Lovelace').strongestFirst).toEqual(['Dee Dee', 'Ben Franklin', 'Cy Young', 'Eve Online']);
    expect(row(graph, adjacency, 'Ben Franklin').strongestFirst).toEqual(['Ada Lovelace', 'Cy Young', 'Eve Online']);
    expect(Array.from(strongestFirst(adjacency, graph.authorsByName('Fay Wray')[0]!.index))).toEqual([]);
  });

  it('gives no years to a pair whose shared papers are all undated, and counts only the dated ones otherwise', () => {
    const graph = buildGraph(records);
    const [ada, dee, eve] = ['Ada Lovelace', 'Dee Dee', 'Eve Online'].map((name) => graph.authorsByName(name)[0]!);
    // Ada and Dee share only p:3, undated; Ada and Eve share p:5 (2018) and p:6, undated.
    expect(graph.collaborationYears([[ada!, dee!], [dee!, ada!], [ada!, eve!]])).toEqual([
      { firstYear: null, lastYear: null },
      { firstYear: null, lastYear: null },
      { firstYear: 2018, lastYear: 2018 },
    ]);
  });

  it('keeps counts in 8 bits and the strongest-first places in 16 when the graph allows it, in the snapshot too', async () => {
    const graph = buildGraph(records);
    const read = await throughSnapshot(graph, 'narrow.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      const ada = from.authorsByName('Ada Lovelace')[0]!;
      expect([adjacency.weights, strongestFirst(adjacency, ada.index)].map((array) => array.constructor.name)).toEqual(['Uint8Array', 'Uint16Array']);
      expect(row(from, adjacency, 'Ada Lovelace').byName).toEqual([
        ['Ben Franklin', 2, 2019, 2020],
        ['Cy Young', 3, 2019, 2021],
        ['Dee Dee', 1, null, null],
        ['Eve Online', 2, 2018, 2018],
      ]);
    }
  });

  it('answers the years of collaborations whose dated papers span 255 years and 256', () => {
    for (const latest of [2054, 2055]) {
      const graph = buildGraph([
        { id: 'p:old', year: 1800, authors: ['Ada Lovelace', 'Ben Franklin'] },
        { id: 'p:new', year: latest, authors: ['Ada Lovelace', 'Ben Franklin'] },
        { id: 'p:undated', authors: ['Ada Lovelace', 'Cy Young'] },
      ]);
      expect(row(graph, coauthorAdjacency(graph), 'Ada Lovelace').byName).toEqual([
        ['Ben Franklin', 2, 1800, latest],
        ['Cy Young', 1, null, null],
      ]);
    }
  });

  it('answers the same coauthor years on a graph whose years span 300 years, in the snapshot too', async () => {
    const graph = buildGraph([
      { id: 'p:1', year: 1720, authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'p:2', year: 1850, authors: ['Ben Franklin', 'Ada Lovelace', 'Cy Young'] },
      { id: 'p:3', year: 2019, authors: ['Cy Young', 'Ada Lovelace'] },
      { id: 'p:4', authors: ['Ada Lovelace', 'Dee Dee'] },
    ]);
    const read = await throughSnapshot(graph, 'centuries.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect(adjacency.weights.constructor.name).toBe('Uint8Array');
      expect(row(from, adjacency, 'Ada Lovelace')).toEqual({
        byName: [
          ['Ben Franklin', 2, 1720, 1850],
          ['Cy Young', 2, 1850, 2019],
          ['Dee Dee', 1, null, null],
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

  it('counts in 8 bits when two authors have 300 papers each but share 2', async () => {
    const alone = (author: string) => Array.from({ length: 298 }, (_, i) => ({ id: `p:${author}:${i}`, year: 1999, authors: [author] }));
    const graph = buildGraph([
      ...alone('Ada Lovelace'),
      ...alone('Ben Franklin'),
      ...papersOf(2, ['Ada Lovelace', 'Ben Franklin']),
      { id: 'p:cy', year: 2001, authors: ['Ben Franklin', 'Cy Young'] },
    ]);
    const read = await throughSnapshot(graph, 'apart.snapshot');
    for (const [from, adjacency] of [graph, read].map((g) => [g, coauthorAdjacency(g)] as const)) {
      expect([adjacency.weights.constructor.name, adjacency.neighbours.length, adjacency.pairCount]).toEqual(['Uint8Array', 4, 2]);
      expect(row(from, adjacency, 'Ben Franklin')).toEqual({
        byName: [
          ['Ada Lovelace', 2, 2000, 2000],
          ['Cy Young', 1, 2001, 2001],
        ],
        strongestFirst: ['Ada Lovelace', 'Cy Young'],
      });
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
      const ada = from.authorsByName('Ada Lovelace')[0]!;
      const [places] = from.coauthorsOfAuthors([ada]);
      expect(places!.constructor.name).toBe('Uint32Array');
      const closest = Array.from(places!.subarray(0, 3), (place) => from.author(adjacency.neighbours[adjacency.offsets[ada.index]! + place]!).name);
      expect([places!.length, places![0], closest]).toEqual([65_537, 65_536, ['Zed Zimmer', 'Person 00000', 'Person 00001']]);
    }
  });

  it('answers the earliest and latest years 16 bits hold, and years beyond them, since it keeps no years', () => {
    const graph = buildGraph([
      { id: 'p:early', year: -32767, authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'p:late', year: 32767, authors: ['Ada Lovelace', 'Ben Franklin'] },
      { id: 'p:far', year: 40000, authors: ['Ada Lovelace', 'Cy Young'] },
    ]);
    expect(row(graph, coauthorAdjacency(graph), 'Ada Lovelace').byName).toEqual([
      ['Ben Franklin', 2, -32767, 32767],
      ['Cy Young', 1, 40000, 40000],
    ]);
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
