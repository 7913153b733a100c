import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { createMergingResolver } from '../src/graph/identity/createMergingResolver.ts';
import type { IdentityResolution } from '../src/graph/identity/IdentityResolver.ts';
import { readBibtexDatabase } from '../src/ingest/bibtex/readBibtexDatabase.ts';
import { createIngestContext } from '../src/ingest/IngestContext.ts';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';

// Counts below come from a brace-aware scan of literatur.bib's author fields
// written apart from the importer: Jörg Hoffmann is spelled J{\"o}rg 119
// times, J{\"{o}}rg once, {J\"org} twice; Hector Geffner 44 times and
// H{\'e}ctor Geffner 27; Daniel S. Weld 8, Dan Weld 2, Daniel Weld 1, D. S. Weld 1.

const DIR = '../shared/data/aibasel-bib/';
let records: PaperRecord[];
let graph: CoauthorGraph;
let resolution: IdentityResolution;
beforeAll(async () => {
  const database = await readBibtexDatabase([`${DIR}abbrv.bib`, `${DIR}literatur.bib`, `${DIR}crossref.bib`], (path) => createIngestContext(path, { strict: false })[0]);
  records = [...database.records];
  graph = buildGraph(records);
  resolution = createMergingResolver()(records);
});

const aliasesOf = (name: string) => graph.authorsByName(name).map((author) => author.aliases.map((alias) => `${alias.name}: ${alias.paperCount}`));
const nearMiss = (a: string, b: string) => resolution.nearMisses.find((miss) => miss.spellings.includes(a) && miss.spellings.includes(b));

describe('author identity on the Basel bibliography', () => {
  it('makes one person of the three spellings of Jörg Hoffmann', () => {
    expect(aliasesOf('Jörg Hoffmann')).toEqual([['Jörg Hoffmann: 122']]);
  });

  it('makes one person of Hector and Héctor Geffner', () => {
    expect(aliasesOf('Héctor Geffner')).toEqual([['Hector Geffner: 44', 'Héctor Geffner: 27']]);
    expect(graph.authorsByName('Hector Geffner')[0]!.identity.map((merge) => merge.rule)).toEqual(['same-folded-name']);
  });

  it('merges Dan Weld into Daniel S. Weld on shared coauthors and reports the rest as near-misses with what was found', () => {
    const weld = graph.authorsByName('Dan Weld')[0]!;
    expect(weld.aliases.map((alias) => `${alias.name}: ${alias.paperCount}`)).toEqual(['Daniel S. Weld: 8', 'Dan Weld: 2']);
    expect(weld.identity).toEqual([
      { spelling: 'Dan Weld', joinedTo: 'Daniel S. Weld', rule: 'nickname', evidence: '2 shared coauthors (Andrey Kolobov, Mausam)' },
    ]);
    expect(nearMiss('Daniel S. Weld', 'D. S. Weld')).toMatchObject({ rule: 'initials', reason: expect.stringMatching(/^not enough support in the graph: /u) });
    expect(nearMiss('Daniel S. Weld', 'Daniel Weld')).toMatchObject({ rule: 'middle-name' });
  });

  it.each([
    ['Derek Long', 'David E. Long'],
    ['Andrew Coles', 'Amanda Coles'],
    ['Anders Jonsson', 'Ari K. Jónsson'],
    ['Daniel Heller', 'Daniel Höller'],
  ])('keeps %s and %s apart', (a, b) => {
    const [first, second] = [graph.authorsByName(a), graph.authorsByName(b)];
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(first[0]!.id).not.toBe(second[0]!.id);
  });

  it('explains the typo merges it makes', () => {
    expect(graph.authorsByName('Ryo Kuoriwa')[0]!.identity).toEqual([
      { spelling: 'Ryo Kuoriwa', joinedTo: 'Ryo Kuroiwa', rule: 'surname-spelling', evidence: expect.stringMatching(/^4 shared coauthors \(/u) },
    ]);
  });
});
