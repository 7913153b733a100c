import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../src/graph/store/buildGraph.ts';
import { stableHash } from '../src/graph/store/stableHash.ts';
import type { CoauthorGraph } from '../src/graph/store/CoauthorGraph.ts';
import type { Paper } from '../src/graph/store/Paper.ts';
import { readPaperFile } from '../src/ingest/readPaperFile.ts';
import { nodesOf } from './support/nodesOf.ts';
import { SEED_LISTING, seedRecords } from './support/seedGraph.ts';

/** Every author and paper id, keyed by something independent of ids. */
function idsByContent(graph: CoauthorGraph): Record<string, string> {
  return Object.fromEntries([
    ...nodesOf(graph).authors.map((author) => [`author ${author.name}`, author.id]),
    ...nodesOf(graph).papers.map((paper) => [`paper ${paper.published} ${firstAuthorName(graph, paper)}`, paper.id]),
  ]);
}

function firstAuthorName(graph: CoauthorGraph, paper: Paper): string {
  return graph.author(graph.authorsOfPapers([paper])[0]![0]!).name;
}

describe('ids', () => {
  it('are the same when the same data is loaded twice', async () => {
    expect(idsByContent(buildGraph(await seedRecords()))).toEqual(idsByContent(buildGraph(await seedRecords())));
  });

  it('follow the documented recipe, so they survive restarts and releases', async () => {
    const graph = buildGraph(await readPaperFile(SEED_LISTING));
    // An author's id: the first 16 hex digits of SHA-256 over "author", NUL, the person's name key, NUL.
    const digest = (...parts: string[]) => createHash('sha256').update(parts.map((part) => `${part}\u0000`).join('')).digest('hex').slice(0, 16);
    expect(graph.authorsByName('Ethan Perez')[0]!.id).toBe(digest('author', 'ethan perez'));
    // A paper without external ids: "h:" and the same digest over date, first author's name key and abstract.
    const bai = nodesOf(graph).papers.find((paper) => paper.published === '2022-12-15')!;
    expect(bai.id).toBe(`h:${digest('2022-12-15', 'yuntao bai', bai.abstract!)}`);
  });

  it('do not depend on record order', async () => {
    const records = await seedRecords();
    const forward = buildGraph(records);
    const reversed = buildGraph([...records].reverse());
    expect(idsByContent(reversed)).toEqual(idsByContent(forward));
    expect(nodesOf(reversed).authors.map((a) => a.id)).toEqual(nodesOf(forward).authors.map((a) => a.id));
    expect(nodesOf(reversed).papers.map((p) => p.id)).toEqual(nodesOf(forward).papers.map((p) => p.id));
  });

  it('use the arXiv id where the data has one', async () => {
    const graph = buildGraph(await seedRecords());
    expect(nodesOf(graph).papers.map((paper) => paper.id)).toEqual([
      'arxiv:2401.05566',
      'arxiv:2307.11768',
      'arxiv:2307.13702',
      'arxiv:2302.07459',
      'arxiv:2212.09251',
      'arxiv:2212.08073',
    ]);
  });

  it('digest names beyond ASCII as UTF-8, and keep parts apart', () => {
    // From `printf 'author\0kamilė lukošiūtė\0' | sha256sum`, cut to 16 hex digits.
    expect(stableHash('author', 'kamilė lukošiūtė')).toBe('6e989943224f5ae0');
    expect(stableHash('ab', 'c')).not.toBe(stableHash('a', 'bc'));
  });

  it('are content hashes when the data has no external id, stable across record order', async () => {
    const records = await readPaperFile(SEED_LISTING);
    const ids = nodesOf(buildGraph(records)).papers.map((paper) => paper.id);
    expect(ids.every((id) => /^h:[0-9a-f]{16}$/u.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(6);
    expect(nodesOf(buildGraph([...records].reverse())).papers.map((paper) => paper.id)).toEqual(ids);
  });
});

describe('the listing and its JSON Lines conversion', () => {
  it('give the same graph apart from titles and ids', async () => {
    const shape = (graph: CoauthorGraph) => ({
      papers: nodesOf(graph).papers.map((paper) => ({
        published: paper.published,
        year: paper.year,
        codeImplementations: paper.codeImplementations,
        abstract: paper.abstract,
        authors: Array.from(graph.authorsOfPapers([paper])[0]!, (author) => graph.author(author).id),
      })),
      authors: nodesOf(graph).authors.map((author) => [author.id, author.name, author.paperCount]),
      authorships: graph.authorshipCount,
    });
    const fromListing = buildGraph(await readPaperFile(SEED_LISTING));
    const fromJsonLines = buildGraph(await seedRecords());
    expect(shape(fromListing)).toEqual(shape(fromJsonLines));
    expect(fromJsonLines.authorshipCount).toBe(256);
    expect(nodesOf(fromListing).papers.some((paper) => paper.title !== undefined)).toBe(false);
  });
});
