import type { PaperRecord } from '../../ingest/PaperRecord.ts';

/** A paper in the graph. Immutable; one instance per paper per snapshot. */
export class Paper {
  constructor(
    /** Dense position in the snapshot, newest first; not stable across data sets. */
    readonly index: number,
    /** Content-derived id, stable across restarts and record order. */
    readonly id: string,
    readonly record: PaperRecord,
  ) {}

  /** The title; undefined when the source gives none. */
  get title(): string | undefined {
    return this.record.title;
  }

  get authorCount(): number {
    return this.record.authors.length;
  }

  /** The year, from `year` or else from the date; null when the source gives neither. */
  get year(): number | null {
    const { year, published } = this.record;
    if (year !== undefined) return year;
    return published === undefined ? null : Number(published.slice(0, 4));
  }
}
