import type { Author } from './Author.ts';
import type { Authorship } from './Authorship.ts';
import type { Collaboration } from './Collaboration.ts';
import { foldText } from './foldText.ts';
import { foldName } from './identity/foldName.ts';
import { nameKey } from './nameKey.ts';
import type { Paper } from './Paper.ts';
import { yearRange } from './yearRange.ts';

/** The arrays a snapshot is made of; see `buildGraph`. */
export interface GraphParts {
  readonly authors: readonly Author[];
  readonly papers: readonly Paper[];
  /** Compressed sparse rows paper → authors, in byline order. */
  readonly paperAuthorOffsets: Uint32Array;
  readonly paperAuthors: Uint32Array;
  /** Compressed sparse rows author → papers, newest first, with the byline position of each. */
  readonly authorPaperOffsets: Uint32Array;
  readonly authorPapers: Uint32Array;
  readonly authorPositions: Uint32Array;
  /** Name key of every spelling (with and without a homonym number) → the authors who use it. */
  readonly authorsByNameKey: ReadonlyMap<string, readonly number[]>;
  /** The same, keyed by the folded name (no accents, case or punctuation). */
  readonly authorsByFoldedName: ReadonlyMap<string, readonly number[]>;
}

/**
 * An immutable co-authorship snapshot: authors and papers as dense integers,
 * adjacency in typed arrays. Batch methods take many keys at once and answer
 * one list per key, in key order, so DataLoaders (and any store standing in
 * for memory later) can serve a whole query level in one call.
 *
 * @example
 * const graph = buildGraph(records);
 * const [papers] = graph.papersOfAuthors([graph.authorsByName('Ethan Perez')[0]]);
 */
export class CoauthorGraph {
  readonly authors: readonly Author[];
  readonly papers: readonly Paper[];
  readonly authorshipCount: number;
  /** The raw arrays, for algorithms that walk the adjacency directly. Never mutate them. */
  readonly parts: GraphParts;
  readonly #authorIndexById: ReadonlyMap<string, number>;
  readonly #paperIndexById: ReadonlyMap<string, number>;
  // Folded once here so that each search is a scan, not a re-normalisation.
  readonly #authorSearchText: readonly string[];
  readonly #paperSearchText: readonly string[];

  constructor(parts: GraphParts) {
    this.parts = parts;
    this.authors = parts.authors;
    this.papers = parts.papers;
    this.authorshipCount = parts.paperAuthors.length;
    this.#authorIndexById = new Map(parts.authors.map((author) => [author.id, author.index]));
    this.#paperIndexById = new Map(parts.papers.map((paper) => [paper.id, paper.index]));
    this.#authorSearchText = parts.authors.map((author) =>
      author.aliases.map((alias) => foldText(alias.name)).join('\n'),
    );
    this.#paperSearchText = parts.papers.map((paper) =>
      foldText(`${paper.record.title ?? ''}\n${paper.record.abstract ?? ''}`),
    );
  }

  authorById(id: string): Author | undefined {
    const index = this.#authorIndexById.get(id);
    return index === undefined ? undefined : this.authors[index];
  }

  paperById(id: string): Paper | undefined {
    const index = this.#paperIndexById.get(id);
    return index === undefined ? undefined : this.papers[index];
  }

  /**
   * The authors a name denotes, in name order: those who used this exact
   * spelling (up to case, Unicode form and spacing), else those whose
   * spellings match it ignoring accents and punctuation too. A name without
   * its homonym number finds every person of that name.
   */
  authorsByName(name: string): Author[] {
    const indices = this.parts.authorsByNameKey.get(nameKey(name)) ?? this.parts.authorsByFoldedName.get(foldName(name)) ?? [];
    return indices.map((index) => this.#author(index));
  }

  /**
   * Authors any of whose spellings contains `text` anywhere, ignoring case
   * and diacritics ("osiute" finds Lukošiūtė); in name order. A scan, for
   * `authors(search:)`; ranked word-prefix search over authors and papers
   * together is `searchGraph`.
   */
  searchAuthors(text: string): Author[] {
    const needle = foldText(text);
    return this.authors.filter((author) => this.#authorSearchText[author.index]?.includes(needle));
  }

  /**
   * Those of `among` (by default every paper, newest first) whose title or
   * abstract contains `text` anywhere, ignoring case and diacritics; in the
   * order of `among`. A scan, for `papers(filter: { search })`; see
   * `searchAuthors`.
   */
  searchPapers(text: string, among: readonly Paper[] = this.papers): Paper[] {
    const needle = foldText(text);
    return among.filter((paper) => this.#paperSearchText[paper.index]?.includes(needle));
  }

  /** For each author, their papers newest first with their byline position. */
  papersOfAuthors(authors: readonly Author[]): Authorship[][] {
    const { authorPaperOffsets, authorPapers, authorPositions } = this.parts;
    return authors.map((author) => {
      const rows: Authorship[] = [];
      for (let k = authorPaperOffsets[author.index]!; k < authorPaperOffsets[author.index + 1]!; k++) {
        rows.push({ author, paper: this.#paper(authorPapers[k]!), position: authorPositions[k]! });
      }
      return rows;
    });
  }

  /** For each paper, its authors in byline order. */
  authorsOfPapers(papers: readonly Paper[]): Authorship[][] {
    const { paperAuthorOffsets, paperAuthors } = this.parts;
    return papers.map((paper) => {
      const rows: Authorship[] = [];
      const start = paperAuthorOffsets[paper.index]!;
      for (let k = start; k < paperAuthorOffsets[paper.index + 1]!; k++) {
        rows.push({ author: this.#author(paperAuthors[k]!), paper, position: k - start + 1 });
      }
      return rows;
    });
  }

  /**
   * For each author, everyone who shares a paper with them, most shared
   * papers first, then in name order.
   */
  coauthorsOfAuthors(authors: readonly Author[]): Collaboration[][] {
    const { authorPaperOffsets, authorPapers, paperAuthorOffsets, paperAuthors } = this.parts;
    return authors.map((author) => {
      const shared = new Map<number, Paper[]>();
      // Papers are visited newest first, so each shared list comes out newest first.
      for (let k = authorPaperOffsets[author.index]!; k < authorPaperOffsets[author.index + 1]!; k++) {
        const paperIndex = authorPapers[k]!;
        for (let m = paperAuthorOffsets[paperIndex]!; m < paperAuthorOffsets[paperIndex + 1]!; m++) {
          const other = paperAuthors[m]!;
          if (other === author.index) continue;
          const papers = shared.get(other);
          if (papers) papers.push(this.#paper(paperIndex));
          else shared.set(other, [this.#paper(paperIndex)]);
        }
      }
      const collaborations = [...shared].map(([other, papers]): Collaboration => ({
        author,
        coauthor: this.#author(other),
        papers,
        ...yearRange(papers),
      }));
      // Author indices follow name order, so the index breaks ties by name.
      return collaborations.sort(
        (a, b) => b.papers.length - a.papers.length || a.coauthor.index - b.coauthor.index,
      );
    });
  }

  #author(index: number): Author {
    return this.authors[index]!;
  }

  #paper(index: number): Paper {
    return this.papers[index]!;
  }
}
