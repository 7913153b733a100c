import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorId } from './support/authorId.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { mergedSeedGraph } from './support/mergedSeedGraph.ts';
import { runCommand } from './support/runCommand.ts';

// The network one step around Benoit Steiner is the byline of his one paper:
// 30 authors (the merged name pairs on it are spelled once each there), all
// 435 pairs of them tied; with papers, 36 nodes and 124 authorships (see
// networkQuery.test.ts).

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(await mergedSeedGraph());
});

async function apiCounts(includePapers: boolean): Promise<[number, number]> {
  const id = await authorId(query, 'Benoit Steiner');
  const { data } = await query('query($id: ID!, $p: Boolean!) { network(center: [$id], includePapers: $p) { nodes { key } edges { source } } }', {
    id,
    p: includePapers,
  });
  const { nodes, edges } = (data as { network: { nodes: unknown[]; edges: unknown[] } }).network;
  return [nodes.length, edges.length];
}

async function exportedElements(...flags: string[]): Promise<cytoscape.ElementsDefinition> {
  const out = join(tmpdir(), `cytoscape-${process.pid}-${flags.length}.json`);
  try {
    const { code, stderr } = await runCommand('export', '--format', 'cytoscape', '--data', 'fixtures/seed.jsonl', '--center', 'Benoit Steiner', '--out', out, ...flags);
    expect([code, stderr]).toEqual([0, '']);
    return (JSON.parse(await readFile(out, 'utf8')) as { elements: cytoscape.ElementsDefinition }).elements;
  } finally {
    await rm(out, { force: true });
  }
}

describe('a network exported as Cytoscape.js JSON', { timeout: 60_000 }, () => {
  it('loads in cytoscape with the nodes and edges the network query returns', async () => {
    const cy = cytoscape({ headless: true, elements: await exportedElements() });
    expect([cy.nodes().length, cy.edges().length]).toEqual(await apiCounts(false));
    expect([cy.nodes().length, cy.edges().length]).toEqual([30, 435]);
  });

  it('loads as a bipartite author–paper graph too', async () => {
    const cy = cytoscape({ headless: true, elements: await exportedElements('--include-papers') });
    expect([cy.nodes().length, cy.edges().length]).toEqual(await apiCounts(true));
    // Those 30 people sign 11 + 30 + 21 + 21 + 22 + 19 = 124 bylines across all six papers.
    expect([cy.nodes('[kind = "paper"]').length, cy.nodes().length, cy.edges().length]).toEqual([6, 36, 124]);
  });
});
