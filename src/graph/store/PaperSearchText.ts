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
   * The title of paper `paper` folded (see `foldTitle`); undefined when it
   * has none.
   */
  foldedTitle(paper: number): string | undefined {
    return PaperSearchText.foldTitle(this.title.get(paper));
  }

  /**
   * `title` folded (`foldText`); a plain ASCII title is its lower case,
   * which folding gives, found without folding: a load folds a million titles.
   *
   * @example PaperSearchText.foldTitle('Émile and the Élan') // 'emile and the elan'
   */
  static foldTitle(title: string | undefined): string | undefined {
    if (title === undefined) return undefined;
    return isPlainAscii(title) ? title.toLowerCase() : foldText(title);
  }

  /**
   * Every row of `titles` folded (`foldTitle`), row by row as the column
   * reads (through its order, if it has one), as steps (see `Steps`).
   *
   * @example const byRecord = yield* PaperSearchText.foldTitles(recordColumns.text.title);
   */
  static *foldTitles(titles: StringColumn): Steps<(string | undefined)[]> {
    const folded = new Array<string | undefined>(titles.length);
    for (let row = 0; row < folded.length; row++) {
      if (row % FOLD_STEP === 0) yield;
      folded[row] = PaperSearchText.foldTitle(titles.get(row));
    }
    return folded;
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
