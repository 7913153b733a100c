import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../src/limits/estimateCost.ts';
import { type GraphBounds, graphBounds } from '../src/limits/graphBounds.ts';
import type { FieldCost } from '../src/schema/FieldCost.ts';
import { schema } from '../src/schema/index.ts';
import { seedGraph } from './support/seedGraph.ts';

// The seed's largest lists: 99 authors, 6 papers, a byline of 63, at most 98 coauthors, 250 coauthorships, 6 papers an author.
const seedBounds = graphBounds(await seedGraph());
const cost = (query: string, variableValues?: Record<string, unknown>) => estimateCost({ schema, document: parse(query), variableValues, bounds: seedBounds });

describe('the cost estimate over the real schema', () => {
  it('knows the seed snapshot’s largest lists', () => {
    expect(seedBounds).toEqual({ authors: 99, papers: 6, coauthorRow: 98, coauthorships: 250, papersOfAuthor: 6, authorsOfPaper: 63 });
  });

  it('charges coauthors by recency the walk of the largest coauthorships and the sort of the largest row', () => {
    // author 1 + coauthors (1 + 250 + 98) + 3 coauthors.
    const query = '{ author(name: "Ethan Perez") { coauthors(first: 3, orderBy: RECENT) { edges { node { name } } } } }';
    expect(cost(query)).toEqual({ cost: 353, path: 'author.coauthors' });
    // The other orders are views: author 1 + coauthors 1 + 3 coauthors.
    expect(cost(query.replace('RECENT', 'NAME'))?.cost).toBe(5);
  });

  it('charges a network within a year range as any network: the visit budget bounds its walk of the bylines', () => {
    // network 10 · 10.
    expect(cost('{ network(center: ["x"], maxNodes: 10) { truncated } }')?.cost).toBe(100);
    expect(cost('{ network(center: ["x"], maxNodes: 10, fromYear: 2023) { truncated } }')?.cost).toBe(100);
  });

  it('charges a search of authors a scan of every author, and a cursor in a list it cannot place the scan of that list', () => {
    // authors (1 + 99 authors scanned, 25 a unit: 4) + 5 authors.
    expect(cost('{ authors(search: "an", first: 5) { edges { node { name } } } }')?.cost).toBe(10);
    // authors (1 + the scan 4 + a cursor in the hits, a scan of up to 99: 4) + 2 authors.
    expect(cost('{ authors(search: "an", first: 2, after: "x") { edges { node { name } } } }')?.cost).toBe(11);
    // Every author in a snapshot order: the cursor is placed by id, no scan; authors 1 + 2 authors.
    expect(cost('{ authors(first: 2, after: "x") { edges { node { name } } } }')?.cost).toBe(3);
    // papers 1 + paper 1 + its authors (1 + a scan of up to 63: 3).
    expect(cost('{ papers(first: 1) { edges { node { authors(last: 0, before: "x") { totalCount } } } } }')?.cost).toBe(6);
    // author 1 + coauthors (1 + a scan of up to 98: 4) + 1 coauthor.
    expect(cost('{ author(name: "Ethan Perez") { coauthors(first: 1, after: "x") { edges { node { name } } } } }')?.cost).toBe(7);
  });

  it('charges the filters of papers the scans of every paper and the sort of an author’s papers', () => {
    // papers (1 + a scan of 6 papers: 1) + 1 paper.
    expect(cost('{ papers(first: 1, filter: { search: "ai" }) { edges { node { title } } } }')?.cost).toBe(3);
    // Text and years: two scans.
    expect(cost('{ papers(first: 1, filter: { search: "ai", yearFrom: 2022 }) { edges { node { title } } } }')?.cost).toBe(4);
    // An author's papers, sorted: papers (1 + the most papers of an author, 6) + 1 paper; a cursor adds a scan (1).
    expect(cost('{ papers(first: 1, filter: { authorId: "x" }) { edges { node { title } } } }')?.cost).toBe(8);
    expect(cost('{ papers(first: 1, after: "x", filter: { authorId: "x" }) { edges { node { title } } } }')?.cost).toBe(9);
    // No filter: a snapshot order, its cursor placed by id.
    expect(cost('{ papers(first: 1, after: "x") { edges { node { title } } } }')?.cost).toBe(2);
  });

  it('charges an author’s papers in another order than newest first the sort of the largest row', () => {
    // author 1 + papers (1 + 6) + 2 papers; newest first: author 1 + papers 1 + 2 papers.
    const query = '{ author(name: "Ethan Perez") { papers(first: 2, orderBy: TITLE) { edges { node { title } } } } }';
    expect(cost(query)?.cost).toBe(10);
    expect(cost(query.replace('TITLE', 'NEWEST_FIRST'))?.cost).toBe(4);
  });

  it('counts one per connection and one per node it can return', () => {
    // The README's first example: author 1 + coauthors (1 + 3 coauthors).
    const query = '{ author(name: "Ethan Perez") { paperCount coauthors(first: 3) { totalCount edges { collaborationCount node { name } } } } }';
    expect(cost(query)).toEqual({ cost: 5, path: 'author.coauthors' });
  });

  it('counts a connection asked only for its total as one', () => {
    expect(cost('{ papers { totalCount pageInfo { hasNextPage } } }')).toEqual({ cost: 1, path: 'papers' });
  });

  it('multiplies nested connections, 20 items where first and last are absent', () => {
    const query = '{ authors(first: 20) { edges { node { name papers { edges { node { title authors(first: 100) { edges { node { name } } } } } } } } } }';
    // Inner authors 1 + 100; paper 1 + 101; papers 1 + 20 × 102; author 1 + 2,041; authors 1 + 20 × 2,042.
    expect(cost(query)).toEqual({ cost: 40_841, path: 'authors.edges.node.papers.edges.node.authors' });
  });

  it('takes page sizes from variables and from variable defaults', () => {
    const query = 'query($n: Int = 7) { authors(last: $n) { edges { node { name } } } }';
    expect(cost(query)?.cost).toBe(8);
    expect(cost(query, { n: 3 })?.cost).toBe(4);
  });

  it('applies @include and @skip with their variables', () => {
    const query = 'query($big: Boolean!) { authors(first: 100) @include(if: $big) { edges { node { name } } } papers @skip(if: $big) { totalCount } }';
    expect([cost(query, { big: true })?.cost, cost(query, { big: false })?.cost]).toEqual([101, 1]);
  });

  it('merges fields of one response key, as execution does', () => {
    const query = '{ authors(first: 2) { edges { node { name } } } ...F } fragment F on Query { authors(first: 2) { edges { node { id } } } }';
    expect(cost(query)?.cost).toBe(3);
  });

  it('counts aliases of one field apart', () => {
    expect(cost('{ a: authors(first: 2) { edges { node { name } } } b: authors(first: 2) { edges { node { name } } } }')?.cost).toBe(6);
  });

  it('prices an abstract type as its costliest member', () => {
    const query = `{ node(id: "x") {
      ... on Author { coauthors(first: 10) { edges { node { name } } } }
      ... on Paper { authors(first: 3) { edges { node { name } } } } } }`;
    // node 1 + the Author branch (1 + 10), not the Paper one (1 + 3) nor both.
    expect(cost(query)).toEqual({ cost: 12, path: 'node.coauthors' });
  });

  it('counts every id of nodes(ids:), as the field declares', () => {
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c'] })).toEqual({ cost: 3, path: 'nodes' });
  });

  it('gives up when execution would refuse the variables anyway', () => {
    expect(cost('query($n: Int!) { authors(first: $n) { totalCount } }', { n: 'many' })).toBeUndefined();
    expect(cost('query($n: Int!) { authors(first: $n) { totalCount } }')).toBeUndefined();
  });
});

describe('declared field costs', () => {
  // A miniature of an algorithm field: a network of at most maxNodes people.
  const Person: GraphQLInterfaceType = new GraphQLInterfaceType({ name: 'Node', fields: { id: { type: GraphQLID } } });
  const Author = new GraphQLObjectType({ name: 'Author', interfaces: [Person], fields: { id: { type: GraphQLID }, name: { type: GraphQLString } } });
  const Tie = new GraphQLObjectType({ name: 'Tie', fields: { weight: { type: GraphQLInt }, other: { type: Author } } });
  const Network = new GraphQLObjectType({
    name: 'Network',
    fields: {
      nodes: { type: new GraphQLList(Author) },
      ties: { type: new GraphQLList(Tie), extensions: { cost: { items: 3 } satisfies FieldCost } },
      truncated: { type: GraphQLBoolean },
      tags: { type: new GraphQLList(Tie) },
    },
  });
  const mini = new GraphQLSchema({
    types: [Author],
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        network: {
          type: Network,
          args: { maxNodes: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 50 } },
          extensions: { cost: { call: (args) => 10 * Number(args['maxNodes']), listItems: (args) => Number(args['maxNodes']) } satisfies FieldCost },
        },
        broken: { type: GraphQLInt, extensions: { cost: { call: () => Number.NaN } satisfies FieldCost } },
        everyone: { type: new GraphQLList(Author) },
      },
    }),
  });
  const noBounds: GraphBounds = { authors: 0, papers: 0, coauthorRow: 0, coauthorships: 0, papersOfAuthor: 0, authorsOfPaper: 0 };
  const miniCost = (query: string) => estimateCost({ schema: mini, document: parse(query), bounds: noBounds });

  it('adds a field’s call cost and bounds its lists by its listItems', () => {
    // call 10 × 4; nodes: 4 authors; ties: declared 3, each with one author.
    expect(miniCost('{ network(maxNodes: 4) { nodes { name } ties { weight other { name } } truncated } }')).toEqual({ cost: 40 + 4 + 3, path: 'network' });
  });

  it('uses argument defaults', () => {
    expect(miniCost('{ network { nodes { name } } }')?.cost).toBe(500 + 50);
  });

  it('takes an undeclared list to be 100 long', () => {
    expect(miniCost('{ everyone { name } }')).toEqual({ cost: 100, path: 'everyone' });
  });

  it('counts a bound that is not a number as unbounded, so a bad declaration shows at once', () => {
    expect(miniCost('{ broken }')?.cost).toBe(Number.POSITIVE_INFINITY);
  });
});
