import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { PaperSearchText } from '../src/graph/store/PaperSearchText.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import { foldSearchText } from '../src/graph/text/foldSearchText.ts';
import { nodesOf } from './support/nodesOf.ts';

// Newest first, so paper index = place in this list.
const PAPERS = [
  { title: 'Constitutional AI' },
  { title: 'İstanbul Graphs' },
  { title: 'Kamilė Lukošiūtė on Graphs' },
  { title: 'Two  Spaces' },
  { title: 'Plain Title', abstract: 'Harmless GRAPHS' },
  { title: 'ﬁne Ligatures' },
  {},
  { title: 'Graph Theory' },
  { title: 'ΟΔΟΣ' },
] as const;

const graph = buildGraph(
  PAPERS.map((paper, k) => ({ ...paper, published: `20${String(30 - k)}-01-01`, authors: [`Author ${k}`] })),
  { resolveIdentities: resolveByNameKey },
);
const titlesFound = (text: string) => graph.searchPapers(text).map((index) => graph.paper(index).title ?? null);

describe("a paper's search text", () => {
  it('is stored only where it is not a plain ASCII title lower-cased', () => {
    const stored = PAPERS.map(({ title, abstract }: { title?: string; abstract?: string }) => PaperSearchText.stored(title, abstract));
    expect(stored).toEqual([
      undefined,
      'istanbul graphs',
      'kamile lukosiute on graphs',
      'two spaces',
      'plain title harmless graphs',
      'fine ligatures',
      '',
      undefined,
      'οδος',
    ]);
    expect([...Array(graph.paperCount).keys()].map((paper) => graph.parts.paperColumns.text.searchText.get(paper))).toEqual(stored);
  });

  it('reads back as the title and abstract folded, for every paper', () => {
    const text = new PaperSearchText(graph.parts.paperColumns.text.title, graph.parts.paperColumns.text.searchText);
    expect(nodesOf(graph).papers.map(({ index }) => text.get(index))).toEqual(nodesOf(graph).papers.map(({ title, abstract }) => foldSearchText(title, abstract)));
  });

  it('gives the folded title alone, plain titles without folding them, and none for an untitled paper', () => {
    const text = new PaperSearchText(graph.parts.paperColumns.text.title, graph.parts.paperColumns.text.searchText);
    expect(PAPERS.map((_, index) => text.foldedTitle(index))).toEqual([
      'constitutional ai',
      'istanbul graphs',
      'kamile lukosiute on graphs',
      'two spaces',
      // Its stored text holds the abstract too; the title is folded on its own.
      'plain title',
      'fine ligatures',
      undefined,
      'graph theory',
      'οδος',
    ]);
  });

  it('finds plain titles whatever their case, beside titles that are not plain ASCII', () => {
    // 'İstanbul Graphs' is found through its stored folded text, 'Graph Theory' through its title.
    expect(titlesFound('GRAPH')).toEqual(['İstanbul Graphs', 'Kamilė Lukošiūtė on Graphs', 'Plain Title', 'Graph Theory']);
    expect(titlesFound('ai')).toEqual(['Constitutional AI', 'Plain Title']);
  });

  it('finds the stored folded texts: diacritics, ligatures, spacing, abstracts and Greek', () => {
    expect(titlesFound('istanbul')).toEqual(['İstanbul Graphs']);
    expect(titlesFound('Lukosiute')).toEqual(['Kamilė Lukošiūtė on Graphs']);
    expect(titlesFound('fine')).toEqual(['ﬁne Ligatures']);
    expect(titlesFound('two  spaces')).toEqual(['Two  Spaces']);
    expect(titlesFound('title harmless')).toEqual(['Plain Title']);
    expect(titlesFound('οδος')).toEqual(['ΟΔΟΣ']);
  });

  it('finds every paper once for an empty search, and none for text only a join of two titles holds', () => {
    expect(graph.searchPapers('')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(titlesFound('aiistanbul')).toEqual([]);
    expect(titlesFound('graphsgraph')).toEqual([]);
  });
});
