import { Author } from './Author.ts';
import { type CoauthorAdjacency, coauthorAdjacency, strongestFirst } from './coauthorAdjacency.ts';
import { DEFAULT_MAX_AUTHORS_PER_PAPER } from './DEFAULT_MAX_AUTHORS_PER_PAPER.ts';
import { foldText } from '../text/foldText.ts';
import { foldName } from '../identity/foldName.ts';
import { nameKey } from '../text/nameKey.ts';
import { Paper } from './Paper.ts';
import type { PaperColumns } from './PaperColumns.ts';
import { PaperSearchText } from './PaperSearchText.ts';
import type { AuthorColumns } from './AuthorColumns.ts';
import type { IdOrder, KeyIndex } from './KeyIndex.ts';
import { sharedPaperIndices } from './sharedPaperIndices.ts';
import { yearRange } from './yearRange.ts';

/** An author's papers newest first (paper indices) and their byline positions (1-based), slot for slot. */
export interface AuthorPapers {
  readonly papers: Uint32Array;
  readonly positions: Uint32Array;
}

/** The arrays a snapshot is made of; see `buildGraph`. */
export interface GraphParts {
  /** What the papers and authors read their fields from. */
  readonly paperColumns: PaperColumns;
  readonly authorColumns: AuthorColumns;
  /** For finding papers and authors by id. */
  readonly paperIds: IdOrder;
  readonly authorIds: IdOrder;
  /** Compressed sparse rows paper → authors, in byline order. */
  readonly paperAuthorOffsets: Uint32Array;
  readonly paperAuthors: Uint32Array;
  /** Compressed sparse rows author → papers, newest first, with the byline position of each. */
  readonly authorPaperOffsets: Uint32Array;
  readonly authorPapers: Uint32Array;
  readonly authorPositions: Uint32Array;
  /** Name key of every spelling (with and without a homonym number) → the authors who use it, in index order. */
  readonly authorsByNameKey: KeyIndex;
  /** The same, keyed by the folded name (no accents, case or punctuation). */
  readonly authorsByFoldedName: KeyIndex;
  /** The coauthor adjacency when it comes ready-made (from a snapshot); else `coauthorAdjacency` builds it. */
  readonly coauthors?: CoauthorAdjacency;
}

/** The years of the first and the latest dated paper two authors share; null when none of them is dated. */
export interface CollaborationYears {
  readonly firstYear: number | null;
  readonly lastYear: number | null;
}

/** How a snapshot turns bylines into coauthor pairs. */
export interface GraphOptions {
  /** Papers with more authors are kept as papers but join no coauthor pairs; default `DEFAULT_MAX_AUTHORS_PER_PAPER`. */
  readonly maxAuthorsPerPaper?: number | undefined;
}

/**
 * An immutable co-authorship snapshot: authors and papers as dense integers,
 * adjacency in typed arrays. Batch methods take many keys at once and answer
 * one list per key, in key order, so DataLoaders (and any store standing in
 * for memory later) can serve a whole query level in one call.
 *
 * It holds no object per author or paper: `author(index)` and `paper(index)`
 * make a node over the columns when one is read. A million nodes kept for a
 * snapshot's lifetime would be copied by every young collection and marked
 * by every full one; a node made for one request dies young, and cheaply.
 *
 * @example
 * const graph = buildGraph(records);
 * const [own] = graph.papersOfAuthors([graph.authorsByName('Ethan Perez')[0]]);
 * graph.paper(own.papers[0]).title // the title of Ethan Perez's newest paper
 */
export class CoauthorGraph {
  readonly authorCount: number;
  readonly paperCount: number;
  readonly authorshipCount: number;
  /** The largest byline expanded into coauthor pairs. */
  readonly maxAuthorsPerPaper: number;

  /** The raw arrays, for algorithms that walk the adjacency directly. Never mutate them. */
  readonly parts: GraphParts;
  #unexpandedPapers: readonly Paper[] | undefined;

  constructor(parts: GraphParts, { maxAuthorsPerPaper = DEFAULT_MAX_AUTHORS_PER_PAPER }: GraphOptions = {}) {
    // One literal, whoever made the parts: a build, a snapshot and each kind of change made them in shapes of their
    // own, and code optimised for one was thrown out at the next (`author`, which every read calls, at every addPapers).
    this.parts = {
      paperColumns: parts.paperColumns,
      authorColumns: parts.authorColumns,
      paperIds: parts.paperIds,
      authorIds: parts.authorIds,
      paperAuthorOffsets: parts.paperAuthorOffsets,
      paperAuthors: parts.paperAuthors,
      authorPaperOffsets: parts.authorPaperOffsets,
      authorPapers: parts.authorPapers,
      authorPositions: parts.authorPositions,
      authorsByNameKey: parts.authorsByNameKey,
      authorsByFoldedName: parts.authorsByFoldedName,
      coauthors: parts.coauthors,
    };
    this.authorCount = parts.authorPaperOffsets.length - 1;
    this.paperCount = parts.paperAuthorOffsets.length - 1;
    this.authorshipCount = parts.paperAuthors.length;
    this.maxAuthorsPerPaper = maxAuthorsPerPaper;
  }

  /** The papers whose bylines are larger, newest first: no algorithm pairs their authors. Found when first asked for (a pass over every paper), not for every graph a change makes. */
  get unexpandedPapers(): readonly Paper[] {
    if (this.#unexpandedPapers === undefined) {
      const unexpanded: Paper[] = [];
      for (let index = 0; index < this.paperCount; index++) if (!this.pairsAuthorsOf(index)) unexpanded.push(this.paper(index));
      this.#unexpandedPapers = unexpanded;
    }
    return this.#unexpandedPapers;
  }

  /**
   * The author at dense index `index` (0 ≤ index < `authorCount`, in name
   * order): a node made now over the snapshot's columns, so two reads of one
   * index give two equal objects; compare authors by `index`, never by `===`.
   *
   * @example graph.author(0).name // the first name in name order
   */
  author(index: number): Author {
    if (!(index >= 0 && index < this.authorCount)) throw new RangeError(`author index ${index} is outside the graph's ${this.authorCount} authors`);
    return new Author(index, this.parts.authorColumns, this.parts.authorPaperOffsets);
  }

  /**
   * The paper at dense index `index` (0 ≤ index < `paperCount`, newest
   * first), made now like `author`'s nodes: compare papers by `index`.
   *
   * @example graph.paper(0).published // the newest date in the graph
   */
  paper(index: number): Paper {
    if (!(index >= 0 && index < this.paperCount)) throw new RangeError(`paper index ${index} is outside the graph's ${this.paperCount} papers`);
    return new Paper(index, this.parts.paperColumns, this.parts.paperAuthorOffsets);
  }

  /**
   * Whether the authors of paper `index` count as coauthors of each other:
   * its byline is at most `maxAuthorsPerPaper` long.
   *
   * @example graph.pairsAuthorsOf(paper.index) // false for a 3,000-author collaboration at the default bound
   */
  pairsAuthorsOf(index: number): boolean {
    const { paperAuthorOffsets } = this.parts;
    return paperAuthorOffsets[index + 1]! - paperAuthorOffsets[index]! <= this.maxAuthorsPerPaper;
  }

  authorById(id: string): Author | undefined {
    const index = this.parts.authorIds.find(id);
    return index === undefined ? undefined : this.author(index);
  }

  paperById(id: string): Paper | undefined {
    const index = this.parts.paperIds.find(id);
    return index === undefined ? undefined : this.paper(index);
  }

  /**
   * The authors a name denotes, in name order: those who used this exact
   * spelling (up to case, Unicode form and spacing), else those whose
   * spellings match it ignoring accents and punctuation too. A name without
   * its homonym number finds every person of that name.
   */
  authorsByName(name: string): Author[] {
    const indices = this.parts.authorsByNameKey.get(nameKey(name)) ?? this.parts.authorsByFoldedName.get(foldName(name)) ?? [];
    return Array.from(indices, (index) => this.author(index));
  }

  /**
   * Authors any of whose spellings contains `text` anywhere, ignoring case
   * and diacritics ("osiute" finds Lukošiūtė); in name order. A scan, for
   * `authors(search:)`; ranked word-prefix search over authors and papers
   * together is `searchGraph`.
   */
  searchAuthors(text: string): Author[] {
    const found: Author[] = [];
    const { searchText } = this.parts.authorColumns.text;
    searchText.forEachRowContaining(foldText(text), (index) => found.push(this.author(index)));
    // A column a merge changed is stored out of name order (see `StringColumn.gather`).
    return searchText.order === undefined ? found : found.sort((a, b) => a.index - b.index);
  }

  /**
   * The indices of those papers of `among` (paper indices; by default every
   * paper, newest first) whose title or abstract contains `text` anywhere,
   * ignoring case and diacritics; in the order of `among`. A scan, for
   * `papers(filter: { search })`; see `searchAuthors`.
   *
   * @example graph.searchPapers('graph').map((index) => graph.paper(index).title)
   */
  searchPapers(text: string, among?: ArrayLike<number>): number[] {
    const needle = foldText(text);
    const folded = PaperSearchText.of(this.parts.paperColumns);
    // A few papers (an author's) are read one by one; many, in one pass over the columns.
    if (among !== undefined && among.length < this.paperCount / 64) return this.papersWhere((index) => folded.get(index).includes(needle), among);
    const found = new Uint8Array(this.paperCount);
    folded.forEachPaperContaining(needle, (index) => (found[index] = 1));
    return this.papersWhere((index) => found[index] === 1, among);
  }

  /**
   * The indices of those papers of `among` (paper indices; by default every
   * paper, newest first) that `keep` keeps, in the order of `among`.
   *
   * @example graph.papersWhere((index) => graph.paper(index).year === 2023)
   */
  papersWhere(keep: (index: number) => boolean, among?: ArrayLike<number>): number[] {
    const kept: number[] = [];
    if (among === undefined) {
      for (let index = 0; index < this.paperCount; index++) if (keep(index)) kept.push(index);
    } else {
      for (let k = 0; k < among.length; k++) if (keep(among[k]!)) kept.push(among[k]!);
    }
    return kept;
  }

  /**
   * For each author, their papers newest first with their byline positions:
   * views into the snapshot's arrays, so a batch costs one pair of views per
   * author however many papers they wrote.
   */
  papersOfAuthors(authors: readonly Author[]): AuthorPapers[] {
    const { authorPaperOffsets, authorPapers, authorPositions } = this.parts;
    return authors.map(({ index }) => {
      const start = authorPaperOffsets[index]!;
      const end = authorPaperOffsets[index + 1]!;
      return { papers: authorPapers.subarray(start, end), positions: authorPositions.subarray(start, end) };
    });
  }

  /** For each paper, its authors' indices in byline order: a view into the snapshot's arrays. */
  authorsOfPapers(papers: readonly Paper[]): Uint32Array[] {
    const { paperAuthorOffsets, paperAuthors } = this.parts;
    return papers.map(({ index }) => paperAuthors.subarray(paperAuthorOffsets[index], paperAuthorOffsets[index + 1]));
  }

  /**
   * For each author, everyone who shares a paper with them, most shared
   * papers first, then in name order: places in the author's row of
   * `coauthorAdjacency(graph)` (slot − `offsets[author.index]`), whose
   * arrays give each one's coauthor and shared-paper count. Each row is
   * ranked when asked for (`strongestFirst`), at the cost of its length.
   */
  coauthorsOfAuthors(authors: readonly Author[]): (Uint16Array | Uint32Array)[] {
    const adjacency = coauthorAdjacency(this);
    return authors.map(({ index }) => strongestFirst(adjacency, index));
  }

  /**
   * For each pair of authors, the years of the first and the latest dated
   * paper the two share (both null when they share none that is dated):
   * a merge of the two authors' paper rows per pair, which costs their
   * paper counts.
   */
  collaborationYears(pairs: readonly (readonly [Author, Author])[]): CollaborationYears[] {
    const years = this.parts.paperColumns.numbers.year;
    return pairs.map(([a, b]) => yearRange(sharedPaperIndices(this, a.index, b.index), years));
  }
}
