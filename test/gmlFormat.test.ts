import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../src/ingest/PaperRecord.ts';
import { gmlFormat } from '../src/ingest/gml/gmlFormat.ts';
import { readFormat, strictFailure } from './support/readFormat.ts';
import { runCommand } from './support/runCommand.ts';
import { scratchFolder } from './support/scratchFolder.ts';

const NETSCIENCE = '../shared/data/newman-gml/netscience.gml';
const HEPTH = '../shared/data/newman-gml/hep-th.gml';
const file = scratchFolder('gmlFormat');

const pairsOf = (records: readonly PaperRecord[]): string[] => records.map((record) => `${record.id} ${record.authors.join(' + ')}`);

/** A GML file whose `graph [ … ]` holds `body`, which starts on line 2. */
function network(name: string, body: string): string {
  return file(name, `graph [\n${body}\n]\n`);
}

async function pairs(name: string, body: string): Promise<string[]> {
  return pairsOf((await readFormat(gmlFormat, network(name, body))).records);
}

async function failure(name: string, text: string): Promise<string> {
  const path = file(name, text);
  return (await strictFailure(gmlFormat, path)).message.replace(path, name);
}

/** `coauthor-graph stats --json` on a file, as a user runs it. */
async function stats(path: string, ...flags: string[]): Promise<{ authors: number; coauthorPairs: number; largestComponent: number }> {
  const { code, stdout, stderr } = await runCommand('stats', '--data', path, '--json', ...flags);
  expect([code, stderr]).toEqual([0, '']);
  return JSON.parse(stdout) as { authors: number; coauthorPairs: number; largestComponent: number };
}

describe('gmlFormat on small networks', () => {
  it('makes each edge one two-author record named by the labels, lower node id first', async () => {
    const body = 'node [ id 10 label "NEWMAN, M" ]\nnode [ id 9 label "BARABASI, A" ]\nedge [ source 10 target 9 value 0.5 ]';
    expect(await pairs('edge.gml', body)).toEqual(['gml:9-10 BARABASI, A + NEWMAN, M']);
  });

  it('gives each record only an id and authors: no title, no date, no weight', async () => {
    const { records } = await readFormat(gmlFormat, network('bare.gml', 'node [ id 1 label "A" ] node [ id 2 label "B" ] edge [ source 1 target 2 value 2.5 ]'));
    expect(records).toEqual([{ id: 'gml:1-2', authors: ['A', 'B'] }]);
  });

  it('warns once per file that edge weights are not kept, at the first weighted edge', async () => {
    const body = 'node [ id 1 ]\nnode [ id 2 ]\nnode [ id 3 ]\nedge [ source 1 target 2 ]\nedge [\n source 2 target 3\n weight 0.25\n]\nedge [ source 1 target 3 weight 1 ]';
    const { report } = await readFormat(gmlFormat, network('weights.gml', body));
    expect(report.firstWarnings).toEqual([
      { line: 8, reason: 'edge weights ("weight") are not kept: each coauthor pair becomes one record, so every pair counts one collaboration' },
    ]);
  });

  it('names a node without a label by its id', async () => {
    expect(await pairs('unlabelled.gml', 'node [ id 7 ] node [ id 3 label "ALON, U" ] edge [ source 7 target 3 ]')).toEqual(['gml:3-7 ALON, U + 7']);
  });

  it('makes a node without edges a single-author record, after the pairs, so it still counts as an author', async () => {
    const body = 'node [ id 1 label "A" ] node [ id 2 label "B" ] node [ id 3 label "LONER, X" ] edge [ source 1 target 2 ]';
    expect(await pairs('isolated.gml', body)).toEqual(['gml:1-2 A + B', 'gml:3 LONER, X']);
  });

  it('makes a node joined to itself one single-author record, once', async () => {
    const body = 'node [ id 4 label "SELF, S" ] edge [ source 4 target 4 ] edge [ source 4 target 4 ]';
    expect(await pairs('loop.gml', body)).toEqual(['gml:4 SELF, S']);
  });

  it('reads a directed graph as undirected: the reverse edge and repeated edges are dropped', async () => {
    const body = 'directed 1\nnode [ id 1 label "A" ] node [ id 2 label "B" ]\nedge [ source 2 target 1 ]\nedge [ source 1 target 2 ]\nedge [ source 2 target 1 ]';
    expect(await pairs('directed.gml', body)).toEqual(['gml:1-2 A + B']);
  });

  it('orders node ids numerically, not as text, and accepts edges before nodes', async () => {
    expect(await pairs('numeric.gml', 'edge [ source 10 target 9 ] node [ id 10 ] node [ id 9 ]')).toEqual(['gml:9-10 9 + 10']);
  });

  it('keeps nodes that share a label apart with homonym numbers in node id order, and warns', async () => {
    const body = 'node [ id 5 label "SMITH, J" ]\nnode [ id 2 label "Smith,  J" ]\nnode [ id 8 label "JONES, K" ]\nedge [ source 5 target 8 ]\nedge [ source 2 target 8 ]';
    const { records, report } = await readFormat(gmlFormat, network('homonyms.gml', body));
    expect(pairsOf(records)).toEqual(['gml:5-8 SMITH, J 0002 + JONES, K', 'gml:2-8 Smith,  J 0001 + JONES, K']);
    expect(report.firstWarnings).toEqual([
      { line: 3, reason: 'label "SMITH, J" names 2 nodes (ids 2, 5); they stay 2 authors, named "Smith,  J 0001", "SMITH, J 0002"' },
    ]);
  });

  it('skips header keys, comments, other attributes and nested lists; decodes character references', async () => {
    const text = [
      '# written by hand',
      'Creator "Mark Newman on Fri Jul 21 13:45:08 2006"',
      'Version 1',
      'graph',
      '[',
      '  directed 0 # undirected',
      '  label "a network"',
      '  node [ id 1 label "ERD&#336;S, P" graphics [ x 1.5e2 y -.5 fill "#ff0000" ] ]',
      '  node [ id 2 label "R&amp;D, &#x41;" ]',
      '  edge [ source 1 target 2 value 1.0 id 99 ]',
      ']',
    ].join('\r\n');
    expect(pairsOf((await readFormat(gmlFormat, file('header.gml', text))).records)).toEqual(['gml:1-2 ERDŐS, P + R&D, A']);
  });
});

describe('gmlFormat on defective files', () => {
  it('strict: stops at an edge to a node id no node has, at the line of that end', async () => {
    const text = 'graph [\n  node [ id 1 label "A" ]\n  edge [\n    source 1\n    target 2\n  ]\n]\n';
    expect(await failure('unknown.gml', text)).toBe('unknown.gml:5: expected "target" to be a node id, got 2: no node has id 2');
  });

  it('strict: stops at a node id given twice, naming the first', async () => {
    const text = 'graph [\n  node [ id 1 label "A" ]\n  node [ id 1 label "B" ]\n]\n';
    expect(await failure('twice.gml', text)).toBe('twice.gml:3: expected each node id once, got id 1 again (first at line 2)');
  });

  it.each([
    ['no-graph.gml', 'Creator "x"\n', '1: expected a "graph [ … ]" list, found none'],
    ['two-graphs.gml', 'graph [ ]\ngraph [ ]\n', '2: expected one "graph [ … ]" list, got a second one (the first is at line 1)'],
    ['directed.gml', 'graph [\n directed 2\n]\n', '2: expected "directed" to be 0 or 1, got the number 2'],
    ['no-id.gml', 'graph [\n node [ label "A" ]\n]\n', '2: expected "node" to have an integer "id", found none'],
    ['real-id.gml', 'graph [\n node [\n  id 1.5\n ]\n]\n', '3: expected "id" to be an integer, got the number 1.5'],
    ['two-ids.gml', 'graph [\n node [ id 1\n id 2 ]\n]\n', '3: expected one "id" in "node" (line 2), got a second one'],
    ['empty-label.gml', 'graph [\n node [ id 1 label " " ]\n]\n', '2: expected "label" to be a name in quotes, without surrounding spaces, got the string " "'],
    ['number-label.gml', 'graph [\n node [ id 1 label 5 ]\n]\n', '2: expected "label" to be a name in quotes, without surrounding spaces, got the number 5'],
    ['no-source.gml', 'graph [\n node [ id 1 ]\n edge [ target 1 ]\n]\n', '3: expected "edge" to have an integer "source", found none'],
    ['flat-node.gml', 'graph [\n node 1\n]\n', '2: expected "node" to be a list "[ … ]", got the number 1'],
  ])('strict: %s is an error at its line', async (name, text, expected) => {
    expect(await failure(name, text)).toBe(`${name}:${expected}`);
  });

  it.each([
    ['unclosed.gml', 'graph [\n node [ id 1\n', '2: expected "]" to close the list "node [" opened at line 2, got the end of the file'],
    ['stray-close.gml', 'graph [ ]\n]\n', '2: expected a key, got "]" with no "[" open'],
    ['no-value.gml', 'graph [\n node [ id ]\n]\n', '2: expected a value for key "id" (a number, a "string" or "["), got "]"'],
    ['value-at-end.gml', 'graph [ ]\nCreator', '2: expected a value for key "Creator", got the end of the file'],
    ['two-values.gml', 'graph [\n node [ id 1 2 ]\n]\n', '2: expected a key (a name such as "node"), got the number 2'],
    ['open-string.gml', 'graph [\n node [ id 1 label "A\n" ]\n]\n', '2: expected a string to end with " on the line it starts, got "\\"A"'],
    ['bad-word.gml', 'graph [\n node [ id 1x ]\n]\n', '2: expected a key, a number, a "string", "[" or "]", got "1x"'],
    ['entity.gml', 'graph [\n node [ id 1 label "&eacute;" ]\n]\n', '2: unknown character entity "&eacute;"; write the character as &#<code point>; (e.g. &#233; for é)'],
  ])('strict and lenient: the syntax error in %s ends the read at its line', async (name, text, expected) => {
    expect(await failure(name, text)).toBe(`${name}:${expected}`);
    const path = file(name, text);
    await expect(readFormat(gmlFormat, path, { strict: false })).rejects.toThrow(`${path}:${expected}`);
  });

  it('lenient: skips a bad node and the edges to it, and keeps the rest', async () => {
    const body = 'node [ id 1 label "A" ]\nnode [ id 2 label "" ]\nnode [ id 3 label "C" ]\nedge [ source 1 target 2 ]\nedge [ source 1 target 3 ]';
    const { records, report } = await readFormat(gmlFormat, network('lenient.gml', body), { strict: false });
    expect(pairsOf(records)).toEqual(['gml:1-3 A + C']);
    expect(report.firstSkipped).toEqual([
      { line: 3, reason: 'expected "label" to be a name in quotes, without surrounding spaces, got the string ""' },
      { line: 5, reason: 'expected "target" to be a node id, got 2: no node has id 2' },
    ]);
  });
});

describe('gmlFormat on Newman’s networks', { timeout: 120_000 }, () => {
  it('reads netscience: 1589 nodes, 2742 edges as records, 128 isolated nodes as single-author records', async () => {
    const { records } = await readFormat(gmlFormat, NETSCIENCE);
    expect([records.filter((r) => r.authors.length === 2).length, records.filter((r) => r.authors.length === 1).length]).toEqual([2742, 128]);
    expect(new Set(records.flatMap((record) => record.authors)).size).toBe(1589);
    expect(records[0]).toEqual({ id: 'gml:0-1131', authors: ['OELTERMANN, A', 'AUGATH, M'] });
  });

  // Newman, Phys. Rev. E 74, 036104 (2006): 1589 scientists, 379 in the largest component.
  it('stats on netscience, as a user runs it, reports Newman’s 1589 authors and largest component of 379', async () => {
    expect(await stats(NETSCIENCE)).toMatchObject({ authors: 1589, coauthorPairs: 2742, largestComponent: 379 });
  });

  // Newman, PNAS 98, 404 (2001), hep-th: 8361 authors, each a node of the file; the 5835 of the
  // largest component were counted by a throwaway union-find over the file's edges.
  it('stats on hep-th with exact identity reports Newman’s 8361 authors, 5835 of them in the largest component', async () => {
    expect(await stats(HEPTH, '--identity', 'exact')).toMatchObject({ authors: 8361, coauthorPairs: 15751, largestComponent: 5835 });
  });

  it('stats on hep-th with identity merging joins 114 spelling variants into the people they name', async () => {
    // Six of them (`BUCHBINDER, I` / `BUCHBINDER, IL`, `GAUNTLETT, J` / `GAUNTLETT, JP`, …) on shared coauthors once a coauthor's two spellings count as one.
    expect(await stats(HEPTH)).toMatchObject({ authors: 8247, coauthorPairs: 15448, largestComponent: 5723 });
  });
});
