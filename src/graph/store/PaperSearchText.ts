import { foldSearchText } from '../text/foldSearchText.ts';
import { foldText } from '../text/foldText.ts';
import { isPlainAscii } from '../text/isPlainAscii.ts';
import type { PaperColumns } from './PaperColumns.ts';
import type { Steps } from './steps/Steps.ts';
import type { StringColumn } from './StringColumn.ts';

// Titles folded between pauses: folding normalises Unicode, a few µs a title.
const FOLD_STEP = 4096;

/**
 * What `papers(filter: { search })` scans: each paper's title and abstract
 * folded (`foldSearchText`). Most papers have a plain ASCII title and no
 * abstract (generated data, dblp), and their folded text is their title's
 * lower case: `folded`, the paper columns' `searchText`, holds only the
 * others (an absent row for these; see `PaperSearchText.stored`), and a scan
 * reads the title column ignoring case. On a million such papers that is
 * 45 MB less kept.
 *
 * @example
 * const text = new PaperSearchText(columns.text.title, columns.text.searchText);
 * text.get(0) // 'constitutional ai'
 * text.forEachPaperContaining('constitutional', (paper) => hits.push(paper));
 */
export class PaperSearchText {
  constructor(
    readonly title: StringColumn,
    readonly folded: StringColumn,
  ) {}

  /**
   * The search text of a snapshot's paper columns.
   *
   * @example PaperSearchText.of(graph.parts.paperColumns).get(0) // 'constitutional ai'
   */
  static of({ text }: PaperColumns): PaperSearchText {
    return new PaperSearchText(text.title, text.searchText);
  }

  /**
   * What the `searchText` column stores for a paper: its folded text, or
   * undefined when that is its plain ASCII title lower-cased.
   *
   * @example PaperSearchText.stored('Constitutional AI', undefined) // undefined
   * @example PaperSearchText.stored('Kamilė Lukošiūtė', undefined) // 'kamile lukosiute'
   */
  static stored(title: string | undefined, abstract: string | undefined): string | undefined {
    // A plain ASCII title folds to its lower case, and an abstract that folds to nothing adds nothing: decided without folding either, for a million titles at load.
    if (title !== undefined && isPlainAscii(title) && (abstract === undefined || foldText(abstract) === '')) return undefined;
    return foldSearchText(title, abstract);
  }

  /**
   * The title of paper `paper` folded (`foldText`); undefined when it has
   * none. A plain ASCII title (no stored row) is its lower case, tested for
   * once at build rather than for every index that folds a million titles.
   */
  foldedTitle(paper: number): string | undefined {
    const title = this.title.get(paper);
    if (title === undefined) return undefined;
    return this.folded.get(paper) === undefined ? title.toLowerCase() : foldText(title);
  }

  /**
   * Every paper's title folded (`foldedTitle`), as steps (see `Steps`):
   * folded once for the indexes that order and search a million titles.
   *
   * @example const titles = yield* PaperSearchText.of(graph.parts.paperColumns).foldedTitles();
   */
  *foldedTitles(): Steps<(string | undefined)[]> {
    const titles = new Array<string | undefined>(this.title.length);
    for (let paper = 0; paper < titles.length; paper++) {
      if (paper % FOLD_STEP === 0) yield;
      titles[paper] = this.foldedTitle(paper);
    }
    return titles;
  }

  /** The folded title and abstract of paper `paper`. */
  get(paper: number): string {
    return this.folded.get(paper) ?? this.title.get(paper)!.toLowerCase();
  }

  /**
   * Calls `visit` once for every paper whose folded text contains `needle`
   * (folded already), in no particular order: one pass over the stored
   * folded texts, one over the titles, ignoring case, for the others.
   *
   * @example text.forEachPaperContaining(foldText('Harmless'), (paper) => (found[paper] = 1));
   */
  forEachPaperContaining(needle: string, visit: (paper: number) => void): void {
    // The empty needle is in every row, absent ones included: every paper once.
    this.folded.forEachRowContaining(needle, visit);
    if (needle === '') return;
    // A plain ASCII row matches ignoring case as its lower case would; a hit in another row is the folded pass's to find.
    this.title.forEachRowContaining(
      needle,
      (paper) => {
        if (this.folded.get(paper) === undefined) visit(paper);
      },
      { ignoreCase: true },
    );
  }
}
