import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { createMergingResolver } from '../src/graph/identity/createMergingResolver.ts';
import type { IdentityOverrides } from '../src/ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { LI_WU_RECORDS as LI_WU, record } from './support/liWuRecords.ts';


/** The authors under the name "Li Wu": homonym number, spellings with paper counts, and ids. */
function liWus(graph: CoauthorGraph) {
  return graph.authorsByName('Li Wu').map((author) => ({ disambiguator: author.disambiguator, aliases: author.aliases, id: author.id }));
}

const build = (records: readonly PaperRecord[], overrides?: IdentityOverrides) => buildGraph(records, { resolveIdentities: createMergingResolver({ overrides }) });

describe('homonym splits in identity merging', () => {
  it('splits a spelling whose papers form two separate groups active in the same years into two numbered people, the variant joining the group of its coauthors', () => {
    const people = liWus(build(LI_WU));
    expect(people.map(({ disambiguator, aliases }) => ({ disambiguator, aliases }))).toEqual([
      { disambiguator: '0001', aliases: [{ name: 'Li Wu', paperCount: 2 }, { name: 'L. Wu', paperCount: 1 }] },
      { disambiguator: '0002', aliases: [{ name: 'Li Wu', paperCount: 2 }] },
    ]);
    expect(new Set(people.map(({ id }) => id)).size).toBe(2);
  });

  it('explains the split on each person, naming the groups and what kept them apart', () => {
    const [first, second] = build(LI_WU).authorsByName('Li Wu');
    const evidence =
      '"Li Wu" signs 2 groups of papers that share no coauthor, no venue and no paper of their coauthors, in the same years: ' +
      '0001 2 papers 2015–2016 with Ann Ames, Bob Burr, in ICML; 0002 2 papers 2015–2017 with Cy Cole, Di Dunn, in SIGMOD';
    expect(first!.identity).toEqual([
      { spelling: 'Li Wu', joinedTo: 'Li Wu 0001', rule: 'homonym-split', evidence: `${evidence}; this is 0001` },
      { spelling: 'L. Wu', joinedTo: 'Li Wu', rule: 'initials', evidence: '2 shared coauthors (Ann Ames, Bob Burr)' },
    ]);
    expect(second!.identity).toEqual([{ spelling: 'Li Wu', joinedTo: 'Li Wu 0002', rule: 'homonym-split', evidence: `${evidence}; this is 0002` }]);
  });

  it('finds each split person by the spelling with its homonym number, and both by the bare spelling in name order', () => {
    const graph = build(LI_WU);
    const [first, second] = graph.authorsByName('Li Wu');
    expect(graph.authorsByName('Li Wu 0001').map(({ id }) => id)).toEqual([first!.id]);
    expect(graph.authorsByName('li  wu 0002').map(({ id }) => id)).toEqual([second!.id]);
    expect(graph.authorsByName('L. Wu 0001').map(({ id }) => id)).toEqual([first!.id]);
    expect(graph.authorsByName('Li Wu').map(({ disambiguator }) => disambiguator)).toEqual(['0001', '0002']);
    expect(graph.authorsByName('Li Wu 0003')).toEqual([]);
  });

  it('gives the split people the same ids and numbers whatever the order of the records', () => {
    expect(liWus(build([...LI_WU].reverse()))).toEqual(liWus(build(LI_WU)));
  });

  it('keeps one person when a paper two coauthors of the groups wrote together links them', () => {
    const linked = [...LI_WU, record('link', 2016, 'KDD', 'Ann Ames', 'Cy Cole')];
    expect(liWus(build(linked)).map(({ disambiguator, aliases }) => ({ disambiguator, aliases }))).toEqual([
      { disambiguator: null, aliases: [{ name: 'Li Wu', paperCount: 4 }, { name: 'L. Wu', paperCount: 1 }] },
    ]);
  });

  it('keeps one person when the groups follow one another in time, as one person who moved on', () => {
    const moved = LI_WU.map((paper) => (paper.venue === 'SIGMOD' ? record(paper.id!, paper.year! - 10, 'SIGMOD', ...paper.authors) : paper));
    expect(liWus(build(moved))).toHaveLength(1);
  });

  it('keeps one person when a group has under a quarter of the papers of the largest, as a prolific author\'s side line', () => {
    const prolific = (count: number) => [
      ...LI_WU.filter((paper) => paper.venue !== 'ICML'),
      ...Array.from({ length: count }, (_, n) => record(`icml${n}`, 2010 + n, 'ICML', 'Li Wu', 'Ann Ames')),
    ];
    expect(liWus(build(prolific(8))).map(({ disambiguator, aliases }) => ({ disambiguator, aliases }))).toEqual([
      { disambiguator: '0001', aliases: [{ name: 'Li Wu', paperCount: 8 }] },
      { disambiguator: '0002', aliases: [{ name: 'Li Wu', paperCount: 2 }] },
    ]);
    expect(liWus(build(prolific(9))).map(({ disambiguator, aliases }) => ({ disambiguator, aliases }))).toEqual([{ disambiguator: null, aliases: [{ name: 'Li Wu', paperCount: 11 }] }]);
  });

  it('keeps one person when no other person carries the surname', () => {
    expect(liWus(build(LI_WU.filter((paper) => paper.id !== 'mw1')))).toHaveLength(1);
  });

  it('lets an override that names the spelling keep it one person', () => {
    const overrides: IdentityOverrides = { same: [{ names: ['Li Wu', 'L. Wu'], reason: 'one person, per her homepage' }], distinct: [] };
    expect(liWus(build(LI_WU, overrides)).map(({ disambiguator, aliases }) => ({ disambiguator, aliases }))).toEqual([
      { disambiguator: null, aliases: [{ name: 'Li Wu', paperCount: 4 }, { name: 'L. Wu', paperCount: 1 }] },
    ]);
  });
});
