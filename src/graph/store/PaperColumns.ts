import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { foldText } from '../text/foldText.ts';
import { StringColumn, StringColumnBuilder } from './StringColumn.ts';

/** The text fields of a paper, each a `StringColumn`. */
export const PAPER_TEXT_FIELDS = ['id', 'title', 'abstract', 'published', 'venue', 'url', 'arxiv', 'doi', 'categories', 'searchText'] as const;
export type PaperTextField = (typeof PAPER_TEXT_FIELDS)[number];

/** The number fields of a paper; NaN where the source gives none. */
export const PAPER_NUMBER_FIELDS = ['year', 'codeImplementations'] as const;
export type PaperNumberField = (typeof PAPER_NUMBER_FIELDS)[number];

/** Joins a paper's categories in one row; control characters never survive import, so none is part of a category. */
export const CATEGORY_SEPARATOR = '\u001f';

/**
 * Every paper of a snapshot field by field, by paper index: text in
 * `StringColumn`s, numbers in typed arrays, no object per paper or per
 * author name. `searchText` is the title and abstract folded (`foldText`)
 * for `papers(filter: { search })`, so that a search scans, not folds.
 */
export interface PaperColumns {
  readonly text: Readonly<Record<PaperTextField, StringColumn>>;
  readonly numbers: Readonly<Record<PaperNumberField, Float64Array>>;
}

/**
 * Gathers the columns from records a paper at a time, in paper order: what
 * the graph keeps of a record once it is built.
 *
 * @example
 * const columns = new PaperColumnsBuilder(records.length);
 * records.forEach((record, index) => columns.add(index, ids[index], record));
 * columns.build()
 */
export class PaperColumnsBuilder {
  readonly #text = Object.fromEntries(PAPER_TEXT_FIELDS.map((field) => [field, new StringColumnBuilder()])) as Record<PaperTextField, StringColumnBuilder>;
  readonly #numbers: Record<PaperNumberField, Float64Array>;
  #added = 0;

  constructor(readonly paperCount: number) {
    this.#numbers = { year: new Float64Array(paperCount).fill(Number.NaN), codeImplementations: new Float64Array(paperCount).fill(Number.NaN) };
  }

  /** Adds paper `index`, which must be the next one. */
  add(index: number, id: string, record: PaperRecord): void {
    if (index !== this.#added++) throw new RangeError(`paper ${index} added out of order; expected ${this.#added - 1}`);
    const text = this.#text;
    const { title, abstract, published, externalIds, categories } = record;
    text.id.push(id);
    text.title.push(title);
    text.abstract.push(abstract);
    text.published.push(published);
    text.venue.push(record.venue);
    text.url.push(record.url);
    text.arxiv.push(externalIds?.arxiv);
    text.doi.push(externalIds?.doi);
    text.categories.push(categories === undefined || categories.length === 0 ? undefined : categories.join(CATEGORY_SEPARATOR));
    text.searchText.push(foldText(`${title ?? ''}\n${abstract ?? ''}`));
    const year = record.year ?? (published === undefined ? undefined : Number(published.slice(0, 4)));
    if (year !== undefined) this.#numbers.year[index] = year;
    if (record.codeImplementations !== undefined) this.#numbers.codeImplementations[index] = record.codeImplementations;
  }

  build(): PaperColumns {
    if (this.#added !== this.paperCount) throw new RangeError(`${this.#added} of ${this.paperCount} papers added`);
    const text = Object.fromEntries(PAPER_TEXT_FIELDS.map((field) => [field, this.#text[field].build()])) as Record<PaperTextField, StringColumn>;
    return { text, numbers: this.#numbers };
  }
}
