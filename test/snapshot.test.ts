import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { readSnapshot, SnapshotError } from '../src/graph/store/snapshot/readSnapshot.ts';
import { SNAPSHOT_VERSION } from '../src/graph/store/snapshot/SNAPSHOT_FORMAT.ts';
import { writeSnapshot } from '../src/graph/store/snapshot/writeSnapshot.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { coauthorAdjacency } from '../src/graph/store/coauthorAdjacency.ts';
import { loadGraph } from '../src/loadGraph.ts';
import { openCurator } from '../src/curation/openCurator.ts';
import { planMerge } from '../src/curation/planMerge.ts';
import { SEED_JSONL } from './support/seedGraph.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { nodesOf } from './support/nodesOf.ts';
import { runCommand } from './support/runCommand.ts';
import { runServerToExit } from './support/runServer.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const scratch = scratchFolder('snapshot');
const GRQC = '../shared/data/snap/CA-GrQc.txt';

/** Questions that between them read every part of a snapshot: nodes, bylines, names, coauthor rows and their order, identity. */
const QUESTIONS = [
  '{ author(name: "Ethan Perez") { id name paperCount coauthorCount firstYear lastYear aliases { name paperCount } coauthors(first: 5) { totalCount edges { cursor collaborationCount firstYear lastYear node { name } sharedPapers(first: 2) { edges { node { title } } } } } } }',
  '{ author(name: "kamile lukosiute") { name identity { spelling joinedTo rule evidence } coauthors(first: 3, orderBy: RECENT) { edges { node { name } } } } }',
  '{ papers(first: 3, orderBy: TITLE) { totalCount edges { node { id title published year arxivId url authors(first: 3) { totalCount edges { position node { name } } } } } } }',
  '{ authors(first: 5, orderBy: PAPER_COUNT) { edges { node { name papers(first: 2) { edges { position node { title } } } } } } }',
  '{ papers(last: 2, orderBy: OLDEST_FIRST) { edges { node { title published venue categories codeImplementations abstract } } } }',
  '{ search(query: "faithful") { edges { score node { __typename ... on Paper { title } } } } }',
  '{ authors(search: "perez") { edges { node { name } } } papers(filter: { search: "constitutional" }) { edges { node { title } } } }',
  '{ stats { paperCount authorCount authorshipCount coauthorPairCount componentCount triangleCount averageClustering } }',
];

const GRQC_QUESTIONS = [
  '{ stats { authorCount coauthorPairCount componentCount largestComponentSize triangleCount averageClustering } }',
  '{ author(name: "21012") { coauthorCount coauthors(first: 4) { edges { collaborationCount node { name } } } } }',
  '{ authors(first: 3, orderBy: PAPER_COUNT) { edges { node { name paperCount } } } }',
];

async function throughSnapshot(graph: CoauthorGraph, name: string): Promise<CoauthorGraph> {
  const path = scratch(name, '');
  await writeSnapshot(graph, path);
  return readSnapshot(path);
}

async function answers(graph: CoauthorGraph, questions: readonly string[]) {
  const query = graphqlClient(graph);
  return Promise.all(questions.map((question) => query(question)));
}

describe('a graph read back from its snapshot', () => {
  let seed: CoauthorGraph;
  beforeAll(async () => (seed = await loadGraph(['fixtures/seed.jsonl'], undefined, { identity: 'merge' })));

  it('answers every question exactly as the graph built from the seed', async () => {
    const fromSnapshot = await throughSnapshot(seed, 'seed.snapshot');
    const [built, read] = await Promise.all([answers(seed, QUESTIONS), answers(fromSnapshot, QUESTIONS)]);
    expect(built.every((reply) => reply.errors === undefined)).toBe(true);
    expect(read).toEqual(built);
  });

  it('answers as the graph built from a SNAP pair list does, statistics included', async () => {
    const grqc = await loadGraph([GRQC], 'snap', { identity: 'merge' });
    const [built, read] = await Promise.all([answers(grqc, GRQC_QUESTIONS), answers(await throughSnapshot(grqc, 'grqc.snapshot'), GRQC_QUESTIONS)]);
    expect((built[0]!.data as { stats: { authorCount: number } }).stats.authorCount).toBe(5242);
    expect(read).toEqual(built);
  });

  it('keeps the byline bound it was built with', async () => {
    const bounded = await loadGraph(['fixtures/seed.jsonl'], undefined, { identity: 'merge', maxAuthorsPerPaper: 30 });
    const read = await throughSnapshot(bounded, 'bounded.snapshot');
    // Four of the six seed papers have more than 30 authors: they pair none.
    expect([read.maxAuthorsPerPaper, read.unexpandedPapers.map((paper) => paper.id)]).toEqual([30, bounded.unexpandedPapers.map((paper) => paper.id)]);
    expect(read.unexpandedPapers).toHaveLength(4);
    expect(await answers(read, QUESTIONS.slice(0, 1))).toEqual(await answers(bounded, QUESTIONS.slice(0, 1)));
  });

  it('holds a graph without a single coauthor pair, and an empty one', async () => {
    const alone = buildGraph([
      { id: 'a:1', title: 'Alone', published: '2020-01-01', year: 2020, authors: ['Ada Lovelace'] },
      { id: 'a:2', published: '2021-01-01', year: 2021, authors: ['Ben Franklin'] },
    ]);
    const read = await throughSnapshot(alone, 'alone.snapshot');
    const question = ['{ papers(first: 2) { edges { node { id title year authors(first: 1) { edges { node { name coauthorCount } } } } } } }'];
    expect(await answers(read, question)).toEqual(await answers(alone, question));
    expect([read.paperCount, read.authorCount, coauthorAdjacency(read).pairCount]).toEqual([2, 2, 0]);
    const empty = await throughSnapshot(buildGraph([]), 'empty.snapshot');
    expect([empty.paperCount, empty.authorCount, empty.paperById('x'), empty.authorsByName('Ada')]).toEqual([0, 0, undefined, []]);
  });

  it("keeps each paper's venue and what a paper search finds, titles plain or not", async () => {
    const built = buildGraph([
      { title: 'Plain Title', venue: 'ICML', published: '2021-01-01', authors: ['Ann Ames'] },
      { title: 'Kamilė on Graphs', abstract: 'Harmless AI', venue: 'NeurIPS', published: '2020-01-01', authors: ['Ann Ames'] },
      { title: 'Graph Theory', published: '2019-01-01', authors: ['Ann Ames'] },
      { title: 'More Graphs', venue: 'ICML', published: '2018-01-01', authors: ['Ann Ames'] },
    ]);
    const read = await throughSnapshot(built, 'venues.snapshot');
    expect(nodesOf(read).papers.map((paper) => paper.venue)).toEqual(['ICML', 'NeurIPS', undefined, 'ICML']);
    expect(read.searchPapers('GRAPH').map((index) => read.paper(index).title)).toEqual(['Kamilė on Graphs', 'Graph Theory', 'More Graphs']);
    expect(read.searchPapers('kamile').map((index) => read.paper(index).title)).toEqual(['Kamilė on Graphs']);
    expect(read.searchPapers('harmless ai').map((index) => read.paper(index).title)).toEqual(['Kamilė on Graphs']);
    expect(read.searchPapers('plain').map((index) => read.paper(index).title)).toEqual(['Plain Title']);
  });

  it('is what serve loads when --data names a snapshot', async () => {
    const path = scratch('served.snapshot', '');
    const { code, stdout } = await runCommand('snapshot', '--data', 'fixtures/seed.jsonl', '--out', path);
    expect([code, stdout]).toEqual([0, expect.stringMatching(/^coauthor-graph snapshot: 6 papers, 99 authors, 256 authorships; wrote \S+ \(0\.\d MB\) in \d+\.\d s\n$/u)]);
    expect((await loadGraph([path], undefined, { identity: 'exact' })).authorCount).toBe(99);
  });
});

describe('a snapshot of a graph a change made', () => {
  it('is refused: its indexes hold the part the change made beside the built one, which a snapshot does not store', async () => {
    const curator = await openCurator(scratch('merged.db', ''), [SEED_JSONL], undefined, { identity: 'exact' });
    const idOf = (name: string) => curator.graph.authorsByName(name)[0]!.id;
    const merged = await curator.apply((graph) => planMerge(graph, [idOf('Tim Maxwell'), idOf('Timothy Maxwell')], (id) => curator.authorOf(graph, id)), 'alice');
    expect(Array.isArray(merged)).toBe(false);
    await expect(writeSnapshot(curator.graph, scratch('merged.snapshot', ''))).rejects.toThrow('an index holds the part changes made: write the snapshot of a rebuilt graph');
  });
});

describe('a snapshot that cannot be read whole', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    const path = scratch('whole.snapshot', '');
    await writeSnapshot(await loadGraph(['fixtures/seed.jsonl'], undefined, { identity: 'merge' }), path);
    bytes = readFileSync(path);
  });

  const refusal = async (content: Uint8Array) => {
    const error = await readSnapshot(scratch('broken.snapshot', content)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message.replace(/^\S+: /u, '');
  };

  it('is refused when truncated', async () => {
    expect(await refusal(bytes.subarray(0, bytes.length - 100))).toMatch(/^the file is truncated: it has \d+ bytes, the header describes \d+ or more$/u);
  });

  it('is refused when a byte of its body changed', async () => {
    const corrupt = Buffer.from(bytes);
    corrupt[corrupt.length - 1]! ^= 0xff;
    expect(await refusal(corrupt)).toBe('the checksum does not match: the file is corrupt; write it again with coauthor-graph snapshot');
  });

  it('is refused when its header describes a section no reader can take', async () => {
    const text = bytes.toString('latin1');
    // A section one byte shorter than its type's elements, in a header of the same length.
    const odd = text.replace(/"name":"paperAuthors","type":"u32","offset":(\d+),"byteLength":(\d+)/u, (_, offset: string, length: string) =>
      `"name":"paperAuthors","type":"u32","offset":${offset},"byteLength":${String(Number(length) - 1).padStart(length.length, '0')}`,
    );
    expect(odd).not.toBe(text);
    expect(await refusal(Buffer.from(odd, 'latin1'))).toBe("the snapshot's header lists a section it cannot describe: the file is corrupt");
  });

  it('is refused when written by another version of the format', async () => {
    const other = Buffer.from(bytes.toString('latin1').replace(`"version":${SNAPSHOT_VERSION},`, '"version":9,'), 'latin1');
    expect(await refusal(other)).toBe(`snapshot format version 9, but this server reads version ${SNAPSHOT_VERSION}: write it again with this version's coauthor-graph snapshot`);
  });

  it('is refused when written by version 2, whose coauthor years and order were wider', async () => {
    const older = Buffer.from(bytes.toString('latin1').replace(`"version":${SNAPSHOT_VERSION},`, '"version":2,'), 'latin1');
    expect(await refusal(older)).toBe(`snapshot format version 2, but this server reads version 5: write it again with this version's coauthor-graph snapshot`);
  });

  it('is refused when written by version 3, which kept coauthor years and order and paper text newest first', async () => {
    const older = Buffer.from(bytes.toString('latin1').replace(`"version":${SNAPSHOT_VERSION},`, '"version":3,'), 'latin1');
    expect(await refusal(older)).toBe(`snapshot format version 3, but this server reads version 5: write it again with this version's coauthor-graph snapshot`);
  });

  it('is refused when written by version 4, which stored the search text of every paper', async () => {
    const older = Buffer.from(bytes.toString('latin1').replace(`"version":${SNAPSHOT_VERSION},`, '"version":4,'), 'latin1');
    expect(await refusal(older)).toBe(`snapshot format version 4, but this server reads version 5: write it again with this version's coauthor-graph snapshot`);
  });

  it('is refused when its header gives the coauthor weights a type they are never written in', async () => {
    // Ada and Ben share 256 papers, so the four weights are written in 16 bits: 8 bytes, as long as one f64.
    const path = scratch('wide-weights.snapshot', '');
    const papers = Array.from({ length: 256 }, (_, i) => ({ id: `p:${i}`, year: 2000, authors: ['Ada Lovelace', 'Ben Franklin'] }));
    await writeSnapshot(buildGraph([...papers, { id: 'p:cy', year: 2001, authors: ['Ben Franklin', 'Cy Young'] }]), path);
    const text = readFileSync(path).toString('latin1');
    const retyped = text.replace('"name":"coauthorWeights","type":"u16"', '"name":"coauthorWeights","type":"f64"');
    expect(retyped).not.toBe(text);
    expect(await refusal(Buffer.from(retyped, 'latin1'))).toBe('the snapshot has no u8 or u16 or u32 section coauthorWeights');
  });

  it('is refused when a paper names a venue past its venues, checksum and all', async () => {
    // Written from a graph whose first paper's venue code was changed after it was built: the checksum covers what was written.
    const graph = await loadGraph(['fixtures/seed.jsonl'], undefined, { identity: 'exact' });
    const venues = graph.parts.paperColumns.venue;
    (venues.codes as Uint16Array)[0] = venues.values.length + 5;
    const path = scratch('venue-past-the-end.snapshot', '');
    await writeSnapshot(graph, path);
    expect(await refusal(readFileSync(path))).toBe(`paper.venue.codes: code ${venues.values.length + 5} is past a dictionary of ${venues.values.length} values: the file is corrupt`);
  });

  it('is not served: the server exits 1 with the reason', async () => {
    // Half the file: past the header, inside the body.
    const cut = Math.floor(bytes.length / 2);
    const path = scratch('truncated.snapshot', bytes.subarray(0, cut));
    const { code, stderr } = await runServerToExit(['--data', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: \\S+truncated\\.snapshot: the file is truncated: it has ${cut} bytes, the header describes \\d+ or more\n$`, 'u'));
  });
});
