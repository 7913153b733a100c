import { CATEGORY_SEPARATOR, type PaperColumns } from './PaperColumns.ts';

/**
 * A paper in the graph: its index into the snapshot's columns, whose fields
 * it reads on demand. Immutable, and made when read (`graph.paper(index)`):
 * the snapshot keeps none, so two reads give two equal objects. Compare
 * papers by `index`, never by `===`.
 */
export class Paper {
  constructor(
    /** Dense position in the snapshot, newest first; not stable across data sets. */
    readonly index: number,
    readonly columns: PaperColumns,
    /** The snapshot's paper → authors row offsets, for the byline's length. */
    readonly bylineOffsets: Uint32Array,
  ) {}

  /** Content-derived id, stable across restarts and record order. */
  get id(): string {
    return this.columns.text.id.get(this.index)!;
  }

  /** The title; undefined when the source gives none. */
  get title(): string | undefined {
    return this.columns.text.title.get(this.index);
  }

  get abstract(): string | undefined {
    return this.columns.text.abstract.get(this.index);
  }

  /** Publication date, ISO 8601 `YYYY-MM-DD`; undefined when the source gives none. */
  get published(): string | undefined {
    return this.columns.text.published.get(this.index);
  }

  get venue(): string | undefined {
    return this.columns.venue.get(this.index);
  }

  /** The source's link; undefined when it gives none. */
  get url(): string | undefined {
    return this.columns.text.url.get(this.index);
  }

  get arxivId(): string | undefined {
    return this.columns.text.arxiv.get(this.index);
  }

  get doi(): string | undefined {
    return this.columns.text.doi.get(this.index);
  }

  /** Subject classes in the source's order; empty when it gives none. */
  get categories(): string[] {
    return this.columns.text.categories.get(this.index)?.split(CATEGORY_SEPARATOR) ?? [];
  }

  /** How many public code implementations the source lists; null when it does not say. */
  get codeImplementations(): number | null {
    const count = this.columns.numbers.codeImplementations[this.index]!;
    return Number.isNaN(count) ? null : count;
  }

  get authorCount(): number {
    return this.bylineOffsets[this.index + 1]! - this.bylineOffsets[this.index]!;
  }

  /** The year, from `year` or else from the date; null when the source gives neither. */
  get year(): number | null {
    const year = this.columns.numbers.year[this.index]!;
    return Number.isNaN(year) ? null : year;
  }
}
