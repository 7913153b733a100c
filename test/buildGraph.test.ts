import { describe, expect, it } from 'vitest';
import { buildGraph, GraphBuildError } from '../src/graph/store/buildGraph.ts';
import { resolveByNameKey } from '../src/graph/identity/resolveByNameKey.ts';
import type { AdjacencySource } from '../src/graph/store/coauthorAdjacency.ts';
import type { PaperColumns } from '../src/graph/store/PaperColumns.ts';
import { nodesOf } from './support/nodesOf.ts';

const exact = { resolveIdentities: resolveByNameKey };

describe('buildGraph', () => {
  it('refuses a byline that names one person twice, quoting both spellings', () => {
    const build = () => buildGraph([{ title: 'T', authors: ['Ann Ames', 'Bob Burr', 'ann  AMES'] }], exact);
    expect(build).toThrow(GraphBuildError);
    expect(build).toThrow(/^paper h:[0-9a-f]{16} lists "Ann Ames" and "ann {2}AMES", which name one person: remove the repeated author$/u);
  });

  it('refuses the same paper twice, naming both records', () => {
    const paper = { title: 'T', published: '2020-01-02', authors: ['Ann Ames'] };
    expect(() => buildGraph([paper, { title: 'U', authors: ['Bob Burr'] }, paper], exact)).toThrow(
      /^records 1 and 3 are the same paper \(id h:[0-9a-f]{16}\): remove one of them$/u,
    );
  });

  it('tells what is started beside it of the paper columns and then the author ↔ paper rows it goes on to hold', () => {
    const told: string[] = [];
    const seen: { columns?: PaperColumns; source?: AdjacencySource } = {};
    const graph = buildGraph(
      [
        { title: 'Old', published: '2020-01-01', authors: ['Bob Burr', 'Ann Ames'] },
        { title: 'New', published: '2021-01-01', authors: ['Ann Ames', 'Cy Cole'] },
      ],
      {
        ...exact,
        maxAuthorsPerPaper: 7,
        beside: {
          papers(columns) {
            told.push(`papers: ${columns.text.title.get(0)}, ${columns.text.title.get(1)}`);
            seen.columns = columns;
          },
          rows(source) {
            told.push(`rows: ${[...source.paperAuthors].join(' ')} pairing up to ${source.maxAuthorsPerPaper}`);
            seen.source = source;
          },
        },
      },
    );
    // Papers newest first (New 0, Old 1); authors in name order (Ann 0, Bob 1, Cy 2).
    expect(told).toEqual(['papers: New, Old', 'rows: 0 2 1 0 pairing up to 7']);
    expect(seen.columns).toBe(graph.parts.paperColumns);
    const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = graph.parts;
    expect(seen.source).toEqual({ authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors, maxAuthorsPerPaper: 7 });
    expect(seen.source!.paperAuthors).toBe(paperAuthors);
  });

  it('lays out both adjacency directions in typed arrays', () => {
    const graph = buildGraph(
      [
        { title: 'Old', published: '2020-01-01', authors: ['Bob Burr', 'Ann Ames'] },
        { title: 'New', published: '2021-01-01', authors: ['Ann Ames', 'Cy Cole'] },
      ],
      exact,
    );
    // Authors in name order (Ann 0, Bob 1, Cy 2); papers newest first (New 0, Old 1).
    const { paperAuthorOffsets, paperAuthors, authorPaperOffsets, authorPapers, authorPositions } = graph.parts;
    expect([...paperAuthorOffsets]).toEqual([0, 2, 4]);
    expect([...paperAuthors]).toEqual([0, 2, 1, 0]);
    expect([...authorPaperOffsets]).toEqual([0, 2, 3, 4]);
    expect([...authorPapers]).toEqual([0, 1, 1, 0]);
    expect([...authorPositions]).toEqual([1, 2, 1, 2]);
    expect(nodesOf(graph).authors.map((a) => [a.name, a.paperCount, a.firstYear, a.lastYear])).toEqual([
      ['Ann Ames', 2, 2020, 2021],
      ['Bob Burr', 1, 2020, 2020],
      ['Cy Cole', 1, 2021, 2021],
    ]);
  });
});
