import { describe, expect, it } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { seedGraph } from './support/seedGraph.ts';

type BatchMethod = 'papersOfAuthors' | 'authorsOfPapers' | 'coauthorsOfAuthors' | 'collaborationYears';

/** The graph with its batch methods wrapped, and the size of every batch each one got. */
async function countingGraph(): Promise<[CoauthorGraph, Record<BatchMethod, number[]>]> {
  const graph = await seedGraph();
  const calls: Record<BatchMethod, number[]> = { papersOfAuthors: [], authorsOfPapers: [], coauthorsOfAuthors: [], collaborationYears: [] };
  for (const method of Object.keys(calls) as BatchMethod[]) {
    const original = graph[method].bind(graph) as (keys: readonly never[]) => unknown;
    Object.defineProperty(graph, method, {
      value: (keys: readonly never[]) => {
        calls[method].push(keys.length);
        return original(keys);
      },
    });
  }
  return [graph, calls];
}

describe('per-request DataLoaders', () => {
  it('load 20 authors → their papers → those papers’ authors with one batch per level', async () => {
    const [graph, calls] = await countingGraph();
    const { errors } = await graphqlClient(graph, { jit: true })(`{
      authors(first: 20) { edges { node { name papers { edges { node { title authors(first: 100) { edges { node { name } } } } } } } } }
    }`);
    expect(errors).toBeUndefined();
    // The first 20 authors by name, from "Adam Jermyn" to "Da Yan", wrote all six papers between them.
    expect(calls).toEqual({ papersOfAuthors: [20], authorsOfPapers: [6], coauthorsOfAuthors: [], collaborationYears: [] });
  });

  it('batch coauthor lookups across the authors of a level', async () => {
    const [graph, calls] = await countingGraph();
    await graphqlClient(graph, { jit: true })('{ authors(first: 7) { edges { node { coauthorCount coauthors(first: 1) { totalCount } } } } }');
    expect(calls.coauthorsOfAuthors).toEqual([7]);
  });

  it('read the years of the coauthor pairs of a level in one batch, each pair once for both of its years', async () => {
    const [graph, calls] = await countingGraph();
    const { errors } = await graphqlClient(graph, { jit: true })('{ authors(first: 7) { edges { node { coauthors(first: 3) { edges { firstYear lastYear } } } } } }');
    expect(errors).toBeUndefined();
    // Each of the first 7 authors by name has at least 3 coauthors.
    expect(calls.collaborationYears).toEqual([21]);
  });

  it('load an author reached twice in one request once, though each read makes its own node', async () => {
    const [graph, calls] = await countingGraph();
    const { errors } = await graphqlClient(graph, { jit: true })('{ a: author(name: "Carol Chen") { papers { totalCount } } b: author(name: "Carol Chen") { papers { totalCount } } }');
    expect(errors).toBeUndefined();
    expect(calls.papersOfAuthors).toEqual([1]);
  });

  it('start empty for every request', async () => {
    const [graph, calls] = await countingGraph();
    const query = graphqlClient(graph, { jit: true });
    await query('{ author(name: "Carol Chen") { papers { totalCount } } }');
    await query('{ author(name: "Carol Chen") { papers { totalCount } } }');
    expect(calls.papersOfAuthors).toEqual([1, 1]);
  });
});
