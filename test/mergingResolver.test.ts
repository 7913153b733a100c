import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { createMergingResolver } from '../src/graph/identity/createMergingResolver.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { CompactRecordsBuilder } from '../src/ingest/CompactRecordsBuilder.ts';
import type { IdentityOverrides } from '../src/ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { nodesOf } from './support/nodesOf.ts';
import { seedRecords } from './support/seedGraph.ts';

const paper = (...authors: string[]): PaperRecord => ({ title: `${authors.join(', ')} et al.`, authors });
const resolve = (records: PaperRecord[], overrides?: IdentityOverrides) => createMergingResolver({ overrides })(records);

/** The people of a graph as sorted lists of their spellings. */
function partition(graph: CoauthorGraph): string[][] {
  return nodesOf(graph).authors.map((author) => author.aliases.map((alias) => alias.name).sort()).sort();
}

// Two papers by Daniel S. Weld with Ann and Bob, one by "Dan Weld" with both.
const WELD = [paper('Daniel S. Weld', 'Ann Ames', 'Bob Burr'), paper('Daniel S. Weld', 'Ann Ames'), paper('Dan Weld', 'Ann Ames', 'Bob Burr')];

// Amanda Jane Coles's two planning papers and two on graphs by others, so that common title words weigh little.
const PLANNING: PaperRecord[] = [
  { title: 'Temporal planning heuristics', year: 2010, authors: ['Amanda Jane Coles', 'Ann Ames'] },
  { title: 'Planning with preferences', year: 2011, authors: ['Amanda Jane Coles', 'Bob Burr'] },
  { title: 'Graph colouring bounds', year: 2000, authors: ['Cy Cole'] },
  { title: 'Graph minors', year: 2001, authors: ['Dee Dunn'] },
];

describe('the merging resolver', () => {
  it('gives a spelling by its number in the numbered bylines the key it gives the spelling itself', async () => {
    const records = await seedRecords();
    const resolution = createMergingResolver()(records);
    const { spellings } = runAtOnce(CompactRecordsBuilder.bylinesInSteps(records));
    expect(spellings.map((_, number) => resolution.personKeyOfSpelling!(number))).toEqual(spellings.map((spelling) => resolution.personKeyOf(spelling)));
    // The seed's 103 spellings are 99 people, as the seed graph has 99 authors: four joins.
    expect([spellings.length, new Set(spellings.map((spelling) => resolution.personKeyOf(spelling))).size, buildGraph(records).authorCount]).toEqual([103, 99, 99]);
  });

  it('merges a nickname when two coauthors vouch for it', () => {
    const graph = buildGraph(WELD);
    const weld = graph.authorsByName('Dan Weld')[0]!;
    expect(weld.aliases.map((alias) => alias.name)).toEqual(['Daniel S. Weld', 'Dan Weld']);
    expect(weld.identity).toEqual([
      { spelling: 'Dan Weld', joinedTo: 'Daniel S. Weld', rule: 'nickname', evidence: '2 shared coauthors (Ann Ames, Bob Burr)' },
    ]);
  });

  it('keeps a nickname pair apart, as a near-miss, when the graph does not support it', () => {
    const records = [paper('Daniel S. Weld', 'Ann Ames'), paper('Dan Weld', 'Cy Cole')];
    expect(partition(buildGraph(records))).toEqual([['Ann Ames'], ['Cy Cole'], ['Dan Weld'], ['Daniel S. Weld']]);
    expect(resolve(records).nearMisses).toEqual([
      {
        spellings: ['Daniel S. Weld', 'Dan Weld'],
        rule: 'nickname',
        reason: 'not enough support in the graph: no shared coauthors (2 needed) and no venue both published in within 2 years',
      },
    ]);
  });

  it('merges a nickname whose first letter differs from the full name when two coauthors vouch for it', () => {
    const records = [paper('William Smith', 'Ann Ames', 'Cy Cole'), paper('Bill Smith', 'Ann Ames', 'Cy Cole'), paper('Ted Stark', 'Ann Ames', 'Cy Cole'), paper('Edward Stark', 'Ann Ames', 'Cy Cole')];
    expect(partition(buildGraph(records))).toEqual([['Ann Ames'], ['Bill Smith', 'William Smith'], ['Cy Cole'], ['Edward Stark', 'Ted Stark']]);
    expect(buildGraph(records).authorsByName('Bill Smith')[0]!.identity).toEqual([
      { spelling: 'Bill Smith', joinedTo: 'William Smith', rule: 'nickname', evidence: '2 shared coauthors (Ann Ames, Cy Cole)' },
    ]);
  });

  it('lists Tony and Anthony as a near-miss when the graph does not support them', () => {
    expect(resolve([paper('Anthony Tran', 'Ann Ames'), paper('Tony Tran', 'Cy Cole')]).nearMisses).toEqual([
      {
        spellings: ['Anthony Tran', 'Tony Tran'],
        rule: 'nickname',
        reason: 'not enough support in the graph: no shared coauthors (2 needed) and no venue both published in within 2 years',
      },
    ]);
  });

  it('merges a double-surname variant with a middle initial added when two coauthors vouch for it, and lists it as a near-miss without them', () => {
    const supported = [paper('Reina Serrato Soto', 'Ann Ames', 'Cy Cole'), paper('Reina Serrato Soto', 'Ann Ames'), paper('Reina P. Serrato Soto', 'Ann Ames', 'Cy Cole')];
    expect(buildGraph(supported).authorsByName('Reina P. Serrato Soto')[0]!.identity).toEqual([
      { spelling: 'Reina P. Serrato Soto', joinedTo: 'Reina Serrato Soto', rule: 'middle-name', evidence: '2 shared coauthors (Ann Ames, Cy Cole)' },
    ]);
    expect(resolve([paper('Reina Serrato Soto', 'Ann Ames'), paper('Reina P. Serrato Soto', 'Cy Cole')]).nearMisses).toEqual([
      {
        spellings: ['Reina P. Serrato Soto', 'Reina Serrato Soto'],
        rule: 'middle-name',
        reason: 'not enough support in the graph: no shared coauthors (2 needed) and no venue both published in within 2 years',
      },
    ]);
  });

  it('merges a typo and a middle initial of one name, since the two can be one person', () => {
    const records = [
      paper('Arthur Albuquerque', 'Ann Ames', 'Cy Cole'),
      paper('Arthur Albuquerque', 'Cy Cole', 'Ann Ames'),
      paper('Arthur Albyquerque', 'Ann Ames', 'Cy Cole'),
      paper('Arthur O. Albuquerque', 'Ann Ames', 'Cy Cole'),
    ];
    expect(buildGraph(records).authorsByName('Arthur Albuquerque')[0]!.identity).toEqual([
      { spelling: 'Arthur Albyquerque', joinedTo: 'Arthur Albuquerque', rule: 'surname-spelling', evidence: '2 shared coauthors (Ann Ames, Cy Cole)' },
      { spelling: 'Arthur O. Albuquerque', joinedTo: 'Arthur Albuquerque', rule: 'middle-name', evidence: '2 shared coauthors (Ann Ames, Cy Cole)' },
    ]);
    expect(resolve(records).nearMisses).toEqual([]);
  });

  it('accepts a shared venue within two years as support', () => {
    const records = [
      { authors: ['Amanda Jane Coles', 'Ann Ames'], venue: 'ICAPS', year: 2010 },
      { authors: ['Amanda Coles', 'Cy Cole'], venue: 'ICAPS', year: 2012 },
    ];
    expect(buildGraph(records).authorsByName('Amanda Coles')[0]!.identity).toEqual([
      { spelling: 'Amanda Coles', joinedTo: 'Amanda Jane Coles', rule: 'middle-name', evidence: 'both published in ICAPS (2010 and 2012)' },
    ]);
  });

  it('accepts one shared coauthor together with a venue both published in, years apart', () => {
    const records = [
      { authors: ['Amanda Jane Coles', 'Ann Ames'], venue: 'ICAPS', year: 2005 },
      { authors: ['Amanda Coles', 'Ann Ames'], venue: 'ICAPS', year: 2012 },
    ];
    expect(buildGraph(records).authorsByName('Amanda Coles')[0]!.identity).toEqual([
      { spelling: 'Amanda Coles', joinedTo: 'Amanda Jane Coles', rule: 'middle-name', evidence: '1 shared coauthor (Ann Ames) and both published in ICAPS (2005 and 2012)' },
    ]);
    expect(resolve([records[0]!, { ...records[1]!, venue: 'AAAI' }]).nearMisses.map((miss) => miss.reason)).toEqual([
      'not enough support in the graph: 1 shared coauthor (Ann Ames) (2 needed) and no venue both published in within 2 years',
    ]);
  });

  it('scores alike titles in overlapping years with one shared coauthor as enough, and names the parts that carried the merge', () => {
    // TF-IDF over five titles: the two spellings share temporal, with (ln 5/2 each) and planning (ln 5/3), cosine 0.29;
    // 0.6 for the coauthor + 1.2 × 0.29 for the titles + 0.2 for the years = 1.15, over the threshold of 1.
    const records = [...PLANNING, { title: 'Temporal planning with durative actions', year: 2011, authors: ['Amanda Coles', 'Ann Ames'] }];
    expect(buildGraph(records).authorsByName('Amanda Coles')[0]!.identity).toEqual([
      {
        spelling: 'Amanda Coles',
        joinedTo: 'Amanda Jane Coles',
        rule: 'middle-name',
        evidence: '1 shared coauthor (Ann Ames), titles alike (cosine 0.29: "temporal", "with", "planning") and active in overlapping years (2010–2011 and 2011)',
      },
    ]);
    const [merge] = resolve(records).mergesOf('amanda jane coles');
    expect(resolve(records).scoreOf?.(merge!)?.parts.map(({ kind, points }) => [kind, points.toFixed(3)])).toEqual([
      ['coauthors', '0.600'],
      ['venue', '0.000'],
      ['titles', '0.352'],
      ['years', '0.200'],
      ['categories', '0.000'],
    ]);
  });

  it('lists alike titles without a shared coauthor or venue as a near-miss, with the score', () => {
    const records = [...PLANNING, { title: 'Temporal planning with durative actions', year: 2011, authors: ['Amanda Coles', 'Cy Cole'] }];
    expect(resolve(records).nearMisses.map((miss) => miss.reason)).toEqual([
      'not enough support in the graph: no shared coauthors (2 needed) and no venue both published in within 2 years; ' +
        'titles alike (cosine 0.29: "temporal", "with", "planning"); active in overlapping years (2010–2011 and 2011): score 0.55 of 1.00',
    ]);
  });

  it('counts two spellings of one coauthor as one shared coauthor once they are merged', () => {
    // Rachel M. Ruthurst joins Rachel Ruthurst on three shared coauthors; by spelling, Ganesh B. Gill then shares only Omar Vance with Ganesh Gill.
    const records: PaperRecord[] = [
      { title: 'Alpha', authors: ['Ganesh Gill', 'Rachel Ruthurst', 'Omar Vance'] },
      { title: 'Beta', authors: ['Ganesh Gill', 'Omar Vance'] },
      { title: 'Gamma', authors: ['Rachel Ruthurst', 'Lena Park', 'Ivo Stein'] },
      { title: 'Delta', authors: ['Rachel M. Ruthurst', 'Lena Park', 'Ivo Stein'] },
      { title: 'Epsilon', authors: ['Ganesh B. Gill', 'Rachel M. Ruthurst', 'Omar Vance'] },
    ];
    expect(buildGraph(records).authorsByName('Ganesh B. Gill')[0]!.identity).toContainEqual({
      spelling: 'Ganesh B. Gill',
      joinedTo: 'Ganesh Gill',
      rule: 'middle-name',
      evidence: '2 shared coauthors (Omar Vance, Rachel Ruthurst), merged spellings counted as one',
    });
    // Without Delta the two Rachels stay apart, and so do the two Ganeshes.
    expect(resolve(records.filter(({ title }) => title !== 'Delta')).nearMisses.map(({ spellings, reason }) => [...spellings, reason])).toEqual([
      ['Ganesh Gill', 'Ganesh B. Gill', 'not enough support in the graph: 1 shared coauthor (Omar Vance) (2 needed) and no venue both published in within 2 years'],
      ['Rachel Ruthurst', 'Rachel M. Ruthurst', 'not enough support in the graph: 1 shared coauthor (Omar Vance) (2 needed) and no venue both published in within 2 years'],
    ]);
  });

  it('never merges two names that sign one paper', () => {
    const records = [paper('Noemí Mercado', 'Noemi Mercado'), paper('Noemi Mercado', 'Ann Ames')];
    expect(partition(buildGraph(records))).toEqual([['Ann Ames'], ['Noemi Mercado'], ['Noemí Mercado']]);
    expect(resolve(records).nearMisses[0]?.reason).toBe('both names are on "Noemí Mercado, Noemi Mercado et al.", so they are two people');
  });

  it('refuses a spelling that fits two people who cannot be one', () => {
    const records = [
      paper('Derek Long', 'Ann Ames', 'Bob Burr'),
      paper('David E. Long', 'Ann Ames', 'Bob Burr'),
      paper('D. Long', 'Ann Ames', 'Bob Burr'),
    ];
    expect(partition(buildGraph(records))).toContainEqual(['D. Long']);
    expect(resolve(records).nearMisses.map((miss) => miss.reason)).toContain('"D. Long" fits both "David E. Long" and "Derek Long", who cannot be one person');
  });

  it('lets overrides win over the rules in both directions', () => {
    const overrides: IdentityOverrides = {
      same: [{ names: ['Cy Cole', 'C. Cole-Smith'], reason: 'married name, per her homepage' }],
      distinct: [{ names: ['Dan Weld', 'Daniel S. Weld'], reason: 'two people, per the curator' }],
    };
    const graph = buildGraph([...WELD, paper('Cy Cole', 'Ann Ames'), paper('C. Cole-Smith')], { resolveIdentities: createMergingResolver({ overrides }) });
    expect(partition(graph)).toEqual([['Ann Ames'], ['Bob Burr'], ['C. Cole-Smith', 'Cy Cole'], ['Dan Weld'], ['Daniel S. Weld']]);
    expect(graph.authorsByName('Cy Cole')[0]!.identity[0]).toMatchObject({ rule: 'override', evidence: 'married name, per her homepage' });
  });

  it('refuses a same override for two names on one paper, saying which', () => {
    const overrides = { same: [{ names: ['Ann Ames', 'Bob Burr'], reason: 'typo' }], distinct: [] };
    expect(() => resolve(WELD, overrides)).toThrow(
      'identity override same[0] (Ann Ames, Bob Burr) cannot hold: both names are on "Daniel S. Weld, Ann Ames, Bob Burr et al.", so they are two people',
    );
  });

  it('keeps dblp homonyms apart and shows the number separately', () => {
    const graph = buildGraph([paper('Manish Singh 0001', 'Ann Ames', 'Bob Burr'), paper('Manish Singh 0004', 'Ann Ames', 'Bob Burr')]);
    const singhs = graph.authorsByName('Manish Singh');
    expect(singhs.map((author) => [author.name, author.disambiguator])).toEqual([['Manish Singh', '0001'], ['Manish Singh', '0004']]);
  });

  it('names the same spelling of a merged coauthor in its evidence whatever the order of the records', () => {
    // Kamilė Lukošiūtė wrote with Timothy Maxwell and with Tim Maxwell, one person by the time her variant is looked at again.
    const records = [
      paper('Daniela Amodei', 'T. Maxwell'),
      paper('Timothy Maxwell', 'Kamilė Lukošiūtė'),
      paper('Daniela Amodei', 'Dario Amodei', 'Kamilė Lukošiūtė', 'Tim Maxwell'),
      paper('Dario Amodei', 'Timothy Maxwell'),
      paper('T. Maxwell', 'Kamile Lukosuite', 'Dario Amodei'),
    ];
    const evidence = (order: readonly PaperRecord[]) => buildGraph(order).authorsByName('Kamilė Lukošiūtė')[0]!.identity.map((merge) => merge.evidence);
    const expected = ['2 shared coauthors (Dario Amodei, Tim Maxwell), merged spellings counted as one'];
    expect(evidence(records)).toEqual(expected);
    expect(evidence([0, 4, 3, 2, 1].map((k) => records[k]!))).toEqual(expected);
  });

  it('keeps an author’s id when a later file adds a rare new spelling', () => {
    const before = buildGraph(WELD).authorsByName('Daniel S. Weld')[0]!.id;
    const after = buildGraph([...WELD, paper('D. S. Weld', 'Ann Ames', 'Bob Burr')]).authorsByName('D. S. Weld')[0]!;
    expect(after.aliases.map((alias) => alias.name)).toEqual(['Daniel S. Weld', 'D. S. Weld', 'Dan Weld']);
    expect(after.id).toBe(before);
  });
});

// Property tests: generated papers whose bylines mix variants of a few people.
const PEOPLE = [
  ['Timothy Maxwell', 'Tim Maxwell', 'T. Maxwell'],
  ['Kamilė Lukošiūtė', 'Kamile Lukosuite', 'Kamile Lukosiute'],
  ['Daniel S. Weld', 'Dan Weld', 'D. S. Weld'],
  ['Dario Amodei'],
  ['Daniela Amodei'],
  ['Derek Long', 'D. Long'],
  ['David E. Long'],
  ['Anna Chen'],
  ['Carol Chen'],
];
const bylines = fc.array(
  fc.uniqueArray(fc.tuple(fc.nat(PEOPLE.length - 1), fc.nat(2)), { minLength: 1, maxLength: 6, selector: ([person]) => person }),
  { minLength: 1, maxLength: 25 },
);
// Each record gets its own title, so no two are the same paper.
const toRecords = (papers: [number, number][][]): PaperRecord[] =>
  papers.map((byline, index) => ({
    title: `paper ${index}`,
    authors: byline.map(([person, variant]) => PEOPLE[person]![variant % PEOPLE[person]!.length]!),
  }));

describe('the merging resolver, for any generated data', () => {
  it('never makes one person of two names on one paper', () => {
    fc.assert(
      fc.property(bylines, (papers) => {
        const records = toRecords(papers);
        const { personKeyOf } = resolve(records);
        return records.every((record) => new Set(record.authors.map(personKeyOf)).size === record.authors.length);
      }),
    );
  });

  it('gives the same partition, ids and explanations for any record order', () => {
    fc.assert(
      fc.property(bylines, fc.infiniteStream(fc.nat()), (papers, randomness) => {
        const records = toRecords(papers);
        const shuffled = records.map((record) => [randomness.next().value, record] as const).sort(([a], [b]) => a - b).map(([, record]) => record);
        const describe = (graph: CoauthorGraph) => nodesOf(graph).authors.map((author) => [author.id, author.name, author.aliases, author.identity]);
        expect(describe(buildGraph(shuffled))).toEqual(describe(buildGraph(records)));
      }),
    );
  });

  it('never merges people whose given names differ', () => {
    fc.assert(
      fc.property(bylines, (papers) => {
        const { personKeyOf } = resolve(toRecords(papers));
        const key = (name: string) => { try { return personKeyOf(name); } catch { return name; } };
        return key('Dario Amodei') !== key('Daniela Amodei') && key('Derek Long') !== key('David E. Long') && key('Anna Chen') !== key('Carol Chen');
      }),
    );
  });
});
