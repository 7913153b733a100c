/**
 * One paper as every source format delivers it: the interchange shape between
 * `ingest/` (which parses files) and `graph/` (which builds the snapshot).
 *
 * Only `authors` is required: pair lists and some bibliographies carry no
 * title or date. Author names are kept exactly as the source spells them, in
 * the source's order; identity resolution happens later, in the graph.
 *
 * @example
 * const record: PaperRecord = {
 *   published: '2022-12-15',
 *   year: 2022,
 *   codeImplementations: 2,
 *   abstract: 'In the RL phase, …',
 *   authors: ['Yuntao Bai', 'Saurav Kadavath'],
 * };
 */
export interface PaperRecord {
  /** A stable id given by the source; when absent the graph derives one from the content. */
  readonly id?: string;
  readonly title?: string;
  readonly abstract?: string;
  /** Publication date, ISO 8601 `YYYY-MM-DD`. */
  readonly published?: string;
  readonly year?: number;
  /** How many public code implementations the source lists. */
  readonly codeImplementations?: number;
  readonly venue?: string;
  /** Subject classes as the source names them, e.g. arXiv's `['math.CO', 'cs.CG']`. */
  readonly categories?: readonly string[];
  readonly url?: string;
  /** Identifiers in other systems, e.g. `{ arxiv: '2212.08073' }`. */
  readonly externalIds?: ExternalIds;
  /** Author names in byline order. */
  readonly authors: readonly string[];
}

export interface ExternalIds {
  readonly arxiv?: string;
  readonly doi?: string;
  readonly dblp?: string;
}

/** Every PaperRecord field, in the order files write them. */
export const PAPER_RECORD_FIELDS = [
  'id',
  'title',
  'abstract',
  'published',
  'year',
  'codeImplementations',
  'venue',
  'categories',
  'url',
  'externalIds',
  'authors',
] as const satisfies readonly (keyof PaperRecord)[];

/** Every ExternalIds field, in the order files write them. */
export const EXTERNAL_ID_FIELDS = ['arxiv', 'doi', 'dblp'] as const satisfies readonly (keyof ExternalIds)[];
