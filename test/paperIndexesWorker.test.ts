import { describe, expect, it } from 'vitest';
import { index } from '../src/buildIndexedGraph.ts';
import { searchIndex } from '../src/graph/search/searchIndex.ts';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import { makePaperIndexes } from '../src/graph/store/paperIndexes.ts';
import { type PaperIndexesInWorker, paperIndexesInWorker } from '../src/graph/store/paperIndexesInWorker.ts';
import { paperOrders } from '../src/graph/store/paperOrders.ts';
import { PaperSearchText } from '../src/graph/store/PaperSearchText.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { StringColumn } from '../src/graph/store/StringColumn.ts';
import { seedGraph } from './support/seedGraph.ts';

/** `graph`'s titles and dates as stored, and the papers' order, as a load hands them to the indexes' thread. */
function sourceOf(graph: CoauthorGraph) {
  const { text, rows } = graph.parts.paperColumns;
  return { title: new StringColumn(text.title.chunks), published: new StringColumn(text.published.chunks), rows };
}

/** The paper indexes of `graph` made on their thread, started with its titles and dates, then told the papers' order. */
function inWorker(graph: CoauthorGraph, giveUp = new Int32Array(new SharedArrayBuffer(4))): PaperIndexesInWorker {
  const { title, published, rows } = sourceOf(graph);
  const papers = paperIndexesInWorker({ title, published }, giveUp);
  papers.inPaperOrder(rows);
  return papers;
}

describe('the paper indexes made on a thread of their own', () => {
  it('order the seed papers oldest first and by folded title, and give the search index and orders a graph indexed in place has', async () => {
    const graph = await seedGraph();
    const { orders } = await inWorker(graph).made;
    const arxivIds = (order: Uint32Array) => Array.from(order, (index) => graph.paper(index).arxivId);
    expect(arxivIds(orders.OLDEST_FIRST)).toEqual(['2212.08073', '2212.09251', '2302.07459', '2307.11768', '2307.13702', '2401.05566']);
    // Constitutional, Discovering, Measuring, Question, Sleeper, The Capacity.
    expect(arxivIds(orders.TITLE)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
    await index(graph, runAtOnce, undefined, { papers: inWorker(graph) });
    const inPlace = await seedGraph();
    expect(paperOrders(graph)).toEqual(paperOrders(inPlace));
    expect(searchIndex(graph)).toEqual(searchIndex(inPlace));
  });

  it('order undated and untitled papers last, titles folded, and post the folded titles, as made in place', async () => {
    // Newest first, ties by id: a and d (2020), c (2019), e (2018), then b, undated.
    const graph = buildGraph([
      { id: 'a', published: '2020-01-01', title: 'Zebra Stripes', authors: ['Ann Lee'] },
      { id: 'b', title: 'Émile and the Élan', authors: ['Bo Li'] },
      { id: 'c', published: '2019-05-05', authors: ['Cy Ma'] },
      { id: 'd', published: '2020-01-01', title: 'apples', authors: ['Di Wu'] },
      { id: 'e', published: '2018-03-03', title: 'Eagles', abstract: 'Über alles', authors: ['Ed Fox'] },
    ]);
    const made = await inWorker(graph).made;
    const ids = (order: Uint32Array) => Array.from(order, (index) => graph.paper(index).id);
    expect(ids(made.orders.OLDEST_FIRST)).toEqual(['e', 'c', 'a', 'd', 'b']);
    // apples, eagles, emile and the elan, zebra stripes, then c without a title.
    expect(ids(made.orders.TITLE)).toEqual(['d', 'e', 'b', 'a', 'c']);
    // Titles by paper index (a 0, d 1, c 2 untitled, e 3, b 4), each word once, numbered as first met.
    expect(made.titles?.words).toEqual(['zebra', 'stripes', 'apples', 'eagles', 'emile', 'and', 'the', 'elan']);
    expect([...made.titles!.postingWords]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...made.titles!.postingValues].map((value) => value >>> 2)).toEqual([0, 0, 1, 3, 4, 4, 4, 4]);
    const { title, published, rows } = sourceOf(graph);
    expect(made).toEqual(runAtOnce(makePaperIndexes(runAtOnce(PaperSearchText.foldTitles(title)), published, rows)));
  });
});

describe('the paper indexes given up on their thread', () => {
  it('still order the papers, and leave the titles to the graph, which makes the search index it would have made', async () => {
    const graph = await seedGraph();
    const giveUp = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(giveUp, 0, 1);
    const made = await inWorker(graph, giveUp).made;
    expect(made.titles).toBeUndefined();
    expect(Array.from(made.orders.TITLE, (index) => graph.paper(index).arxivId)).toEqual(['2212.08073', '2212.09251', '2307.13702', '2307.11768', '2401.05566', '2302.07459']);
    await index(graph, runAtOnce, undefined, { papers: inWorker(graph, giveUp) });
    const inPlace = await seedGraph();
    expect(searchIndex(graph)).toEqual(searchIndex(inPlace));
    expect(paperOrders(graph)).toEqual(paperOrders(inPlace));
  });
});

describe('paper indexes whose thread failed', () => {
  it('are made by the graph itself, the same as in place', async () => {
    const graph = await seedGraph();
    const failed = Promise.reject(new Error('the thread stopped'));
    failed.catch(() => undefined);
    await index(graph, runAtOnce, undefined, { papers: { made: failed, inPaperOrder: () => undefined, stop: () => undefined } });
    const inPlace = await seedGraph();
    expect(searchIndex(graph)).toEqual(searchIndex(inPlace));
    expect(paperOrders(graph)).toEqual(paperOrders(inPlace));
  });
});
