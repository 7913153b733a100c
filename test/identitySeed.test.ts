import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { nodesOf } from './support/nodesOf.ts';
import { seedGraph, seedRecords } from './support/seedGraph.ts';

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await seedGraph());
});

const IDENTITY = '{ name aliases { name paperCount } identity { spelling joinedTo rule evidence } }';

describe('author identity on the seed', () => {
  it('merges exactly the four variant pairs: 99 people, 256 authorships', async () => {
    const graph = await seedGraph();
    const merged = nodesOf(graph).authors.filter((author) => author.aliases.length > 1);
    expect(merged.map((author) => author.aliases.map((alias) => alias.name))).toEqual([
      ['Kamilė Lukošiūtė', 'Kamile Lukosuite'],
      ['Noemi Mercado', 'Noemí Mercado'],
      ['Tim Maxwell', 'Timothy Maxwell'],
      ['Tom Henighan', 'Thomas Henighan'],
    ]);
    expect([graph.authorCount, graph.authorshipCount]).toEqual([99, 256]);
  });

  it('finds Lukošiūtė under either spelling, folded or not, with the rule that joined them', async () => {
    const { data } = await query(`{ a: author(name: "Kamile Lukosuite") ${IDENTITY} b: author(name: "kamilė lukošiūtė") { id } c: author(name: "KAMILE LUKOSIUTE") { id } }`);
    const { a, b, c } = data as { a: { identity: { evidence: string }[] }; b: { id: string }; c: { id: string } };
    expect(a).toEqual({
      name: 'Kamilė Lukošiūtė',
      aliases: [{ name: 'Kamilė Lukošiūtė', paperCount: 4 }, { name: 'Kamile Lukosuite', paperCount: 1 }],
      identity: [{ spelling: 'Kamile Lukosuite', joinedTo: 'Kamilė Lukošiūtė', rule: 'SURNAME_SPELLING', evidence: a.identity[0]!.evidence }],
    });
    // The 2022-12-15 byline shares 47 other people with her four other papers.
    expect(a.identity[0]!.evidence).toMatch(/^47 shared coauthors \(/u);
    expect(b.id).toBe(c.id);
  });

  it('explains each merge with its rule', async () => {
    const { data } = await query(`{
      tim: author(name: "Timothy Maxwell") { identity { spelling joinedTo rule } }
      tom: author(name: "Thomas Henighan") { identity { spelling joinedTo rule } }
      noemi: author(name: "Noemí Mercado") { identity { spelling joinedTo rule evidence } }
    }`);
    expect(data).toEqual({
      tim: { identity: [{ spelling: 'Timothy Maxwell', joinedTo: 'Tim Maxwell', rule: 'NICKNAME' }] },
      tom: { identity: [{ spelling: 'Thomas Henighan', joinedTo: 'Tom Henighan', rule: 'NICKNAME' }] },
      noemi: { identity: [{ spelling: 'Noemí Mercado', joinedTo: 'Noemi Mercado', rule: 'SAME_FOLDED_NAME', evidence: 'the names are equal ignoring case, accents and punctuation' }] },
    });
  });

  it('keeps Dario and Daniela Amodei apart', async () => {
    const { data } = await query('{ authorsByName(name: "Amodei") { name } dario: author(name: "Dario Amodei") { paperCount aliases { name } } }');
    expect(data).toEqual({ authorsByName: [], dario: { paperCount: 3, aliases: [{ name: 'Dario Amodei' }] } });
  });

  it.each([
    ['Anna Chen', 'Carol Chen', 'Edwin Chen'],
    ['Sam Ringer', 'Sam McCandlish'],
    ['Thomas I. Liao', 'Thomas Henighan'],
    ['Tom Brown', 'Tom Henighan', 'Tom Conerly'],
    ['Jared Kaplan', 'Jared Mueller'],
  ])('keeps look-alikes apart: %s / %s', async (...names) => {
    const graph = await seedGraph();
    const ids = names.map((name) => graph.authorsByName(name).map((author) => author.id));
    expect(ids.every((found) => found.length === 1)).toBe(true);
    expect(new Set(ids.flat()).size).toBe(names.length);
  });

  it('can be switched off to see the raw spellings', async () => {
    const raw = buildGraph(await seedRecords(), { resolveIdentities: resolveByNameKey });
    expect(raw.authorCount).toBe(103);
    expect(nodesOf(raw).authors.every((author) => author.identity.length === 0)).toBe(true);
  });

  it('gives every unmerged author the same id with merging on or off', async () => {
    const records = await seedRecords();
    const raw = new Map(nodesOf(buildGraph(records, { resolveIdentities: resolveByNameKey })).authors.map((a) => [a.name, a.id]));
    const merged = await seedGraph();
    expect(nodesOf(merged).authors.every((author) => raw.get(author.name) === author.id)).toBe(true);
  });
});
