import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { collaborationNetwork, type Network } from '../src/graph/algorithms/collaborationNetwork.ts';
import { VisitBudget } from '../src/graph/algorithms/VisitBudget.ts';
import { toCsv } from '../src/export/toCsv.ts';
import { toGexf } from '../src/export/toGexf.ts';
import { toGraphml } from '../src/export/toGraphml.ts';
import { smallGraph } from './support/smallGraph.ts';

// Two papers: p1 (2001) by A and a name full of XML specials, p2 (2002) by
// A, B and C. Every tie rests on one paper, and A reaches everyone in one step.
const AWKWARD = 'Dürr & "Sons" <Ltd>';

function network(includePapers = false): Network {
  const [graph, author] = smallGraph([['A', AWKWARD], ['A', 'B', 'C']]);
  return collaborationNetwork(graph, [author('A')], { depth: 1, maxNodes: 10, minCollaborations: 1, includePapers, budget: VisitBudget.unlimited() });
}

const parse = <T>(text: string): T => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text) as T;

/** A one-element list or the element, as fast-xml-parser gives repeated tags. */
const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('GraphML export', () => {
  it('is well-formed XML whose data keys are all declared', () => {
    const text = toGraphml(network());
    expect(XMLValidator.validate(text)).toBe(true);
    const { graphml } = parse<{ graphml: { key: { id: string; for: string }[]; graph: { node: { data: unknown }[]; edge: unknown[] } } }>(text);
    const declared = new Set(graphml.key.map((key) => key.id));
    const used = [...graphml.graph.node, ...graphml.graph.edge].flatMap((item) => list((item as { data?: { key: string } | { key: string }[] }).data).map((data) => data.key));
    expect(used.filter((key) => !declared.has(key))).toEqual([]);
    expect([graphml.graph.node.length, graphml.graph.edge.length]).toEqual([4, 4]);
  });

  it('keeps a name full of XML specials intact', () => {
    const { graphml } = parse<{ graphml: { graph: { node: { data: { key: string; '#text': string | number }[] }[] } } }>(toGraphml(network()));
    const labels = graphml.graph.node.map((node) => node.data.find((data) => data.key === 'label')?.['#text']);
    expect(labels).toContain(AWKWARD);
  });
});

describe('GEXF export', () => {
  it('is well-formed XML with every node labelled and every edge weighted', () => {
    const text = toGexf(network());
    expect(XMLValidator.validate(text)).toBe(true);
    const { gexf } = parse<{ gexf: { graph: { nodes: { node: { label: string }[] }; edges: { edge: { weight: string }[] } } } }>(text);
    expect(gexf.graph.nodes.node.map((node) => node.label)).toEqual(['A', 'B', 'C', AWKWARD]);
    expect(gexf.graph.edges.edge.map((edge) => edge.weight)).toEqual(['1', '1', '1', '1']);
  });
});

describe('CSV export', () => {
  it('lists each edge once with Gephi’s column names, quoting fields that need it', () => {
    const [header, ...rows] = toCsv(network()).split('\r\n');
    expect(header).toBe('Source,Target,Weight,FirstYear,LastYear,SourceLabel,TargetLabel');
    expect(rows.filter((row) => row !== '').map((row) => row.split(',').slice(2, 5).join(','))).toEqual([
      '1,2002,2002',
      '1,2002,2002',
      '1,2001,2001',
      '1,2002,2002',
    ]);
    expect(rows[2]).toMatch(/,A,"Dürr & ""Sons"" <Ltd>"$/u);
  });
});

describe('CSV export of hostile labels', () => {
  /** The weight, years and labels of the one edge between two coauthors of a 2001 paper. */
  const edgeRow = (names: [string, string]) => {
    const [graph, author] = smallGraph([names]);
    const network = collaborationNetwork(graph, [author(names[0])], { depth: 1, maxNodes: 10, minCollaborations: 1, includePapers: false, budget: VisitBudget.unlimited() });
    return toCsv(network).split('\r\n')[1]?.split(',').slice(2).join(',');
  };

  it.each([
    ['=1+2', "'=1+2"],
    ['+1 Plus', "'+1 Plus"],
    ['-Minus', "'-Minus"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('prefixes a quote to the label %j, which a spreadsheet would run as a formula', (name, cell) => {
    expect(edgeRow(['Plain', name])).toBe(`1,2001,2001,Plain,${cell}`);
  });

  it('quotes a neutralised label that also needs CSV quoting', () => {
    expect(edgeRow(['Plain', '=HYPERLINK("http://x";"y")'])).toBe(`1,2001,2001,Plain,"'=HYPERLINK(""http://x"";""y"")"`);
  });

  it('leaves a hyphen or an at sign inside a label alone', () => {
    expect(edgeRow(['Plain', 'Jean-Luc @ Home'])).toBe('1,2001,2001,Plain,Jean-Luc @ Home');
  });
});
