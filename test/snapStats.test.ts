import { beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { graphqlClient } from './support/graphqlClient.ts';

// SNAP's published table for ca-GrQc (snap.stanford.edu/data/ca-GrQc.html):
// 5242 nodes, 14496 edges of which 12 are self-loops, so 14484 pairs of two
// different authors; largest connected component 4158 nodes; 48260
// triangles; average clustering coefficient 0.5296. The diameter (17) needs
// the CLI: see statsCommand.test.ts.
const GRQC = '../shared/data/snap/CA-GrQc.txt';

let query: ReturnType<typeof graphqlClient>;
beforeAll(async () => {
  query = graphqlClient(buildGraph(await readPaperFile(GRQC, { format: 'snap' })));
});

describe('stats of SNAP CA-GrQc read through the pair-list importer', () => {
  it('reproduces SNAP’s published table', async () => {
    const { data, errors } = await query('{ stats { authorCount coauthorPairCount largestComponentSize triangleCount averageClustering } }');
    expect(errors).toBeUndefined();
    const stats = (data as { stats: Record<string, number> }).stats;
    expect({ ...stats, averageClustering: stats['averageClustering']!.toFixed(4) }).toEqual({
      authorCount: 5242,
      coauthorPairCount: 14484,
      largestComponentSize: 4158,
      triangleCount: 48260,
      averageClustering: '0.5296',
    });
  });
});
