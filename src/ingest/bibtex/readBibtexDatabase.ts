import { Buffer } from 'node:buffer';
import type { IngestContext } from '../IngestContext.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { readTextFile } from '../readTextFile.ts';
import type { BibtexEntry } from './BibtexEntry.ts';
import { BibtexMacros } from './BibtexMacros.ts';
import type { FieldText } from './FieldText.ts';
import { UndefinedNames } from './UndefinedNames.ts';
import { bibtexRecord } from './bibtexRecord.ts';
import { lineOrdered } from './lineOrdered.ts';
import { parseBibtex } from './parseBibtex.ts';

/** What a BibTeX database came to. */
export interface BibtexDatabase {
  /** One per entry with authors (its own or inherited through `crossref`), in file order, files in the order given. */
  readonly records: readonly PaperRecord[];
  /**
   * Entries read, whether or not they became records: records, entries
   * without authors and rejected entries add up to it. `@string`,
   * `@preamble`, `@comment` and entries with broken syntax are not counted.
   */
  readonly entries: number;
  /** Entries without authors, such as a `@proceedings` with editors only: not co-authorship records, skipped without a warning. */
  readonly withoutAuthors: number;
}

interface ReadEntry {
  readonly entry: BibtexEntry;
  readonly context: IngestContext;
  readonly fields: ReadonlyMap<string, FieldText>;
}

/**
 * Reads BibTeX files as one database, as `\bibliography{abbrv,literatur,crossref}`
 * does: an `@string` macro or a `crossref` target may be in any of the files,
 * and citation keys are unique across all of them (case-insensitively, as in
 * BibTeX). `contextFor` gives the context each file's problems go to; it is
 * called once per path, in order.
 *
 * A `crossref` fills in the fields the entry lacks from the entry it names,
 * one level deep, as BibTeX does; the named entry (usually a `@proceedings`)
 * is a record of its own only if it has authors. A repeated key, and when
 * strict an undefined macro or crossref target, is rejected with the file
 * and line; when lenient, an undefined macro keeps its name as text and a
 * missing crossref target leaves the entry with its own fields, each
 * reported once as a warning.
 *
 * @example
 * const reports: IngestReport[] = [];
 * const database = await readBibtexDatabase(['abbrv.bib', 'literatur.bib', 'crossref.bib'], (path) => {
 *   const [context, report] = createIngestContext(path, { strict: true });
 *   reports.push(report);
 *   return context;
 * });
 * database.records.length; // 2260 co-authorship records for the Basel bibliography
 */
export async function readBibtexDatabase(
  paths: readonly string[],
  contextFor: (path: string) => IngestContext,
): Promise<BibtexDatabase> {
  const files = [];
  const flushes: (() => void)[] = [];
  for (const path of paths) {
    const [context, flush] = lineOrdered(contextFor(path));
    flushes.push(flush);
    const text = await readTextFile(path);
    files.push({ context, ...parseBibtex(text, context) });
    context.progress(Buffer.byteLength(text));
  }
  const macros = new BibtexMacros(
    files.map(({ context, strings }) => [context, strings] as const),
    paths,
  );

  const byKey = new Map<string, ReadEntry>();
  for (const { context, entries } of files) {
    for (const entry of entries) {
      const key = entry.key.toLowerCase();
      const earlier = byKey.get(key);
      if (earlier !== undefined) {
        const first = `${earlier.context.file}:${earlier.entry.line}`;
        context.reject(entry.line, `entry "${entry.key}" repeats the citation key of the entry at ${first}; rename one or remove the repeat`);
        continue;
      }
      const fields = new Map<string, FieldText>();
      for (const [name, value] of entry.fields) {
        fields.set(name, macros.expand(value, { context, where: `field "${name}" of entry "${entry.key}"` }));
      }
      byKey.set(key, { entry, context, fields });
    }
  }

  const crossrefs = new Crossrefs(byKey, paths);
  const records: PaperRecord[] = [];
  let withoutAuthors = 0;
  for (const read of byKey.values()) {
    const fields = crossrefs.inherit(read);
    if (!fields.has('author')) {
      withoutAuthors += 1;
      continue;
    }
    const record = admitRecord(read.context, () => bibtexRecord(read.entry, fields, read.context));
    const clean = record && cleanRecordText(record, read.context, read.entry.line);
    if (clean !== undefined) records.push(clean);
  }
  for (const flush of flushes) flush();
  const entries = files.reduce((sum, file) => sum + file.entries.length, 0);
  return { records, entries, withoutAuthors };
}

/** `crossref` inheritance over the entries of a database. */
class Crossrefs {
  private readonly undefinedNames: UndefinedNames;

  constructor(
    private readonly byKey: ReadonlyMap<string, ReadEntry>,
    paths: readonly string[],
  ) {
    this.undefinedNames = new UndefinedNames(paths);
  }

  /** The entry's fields with those it lacks taken from its crossref target. */
  inherit({ entry, context, fields }: ReadEntry): ReadonlyMap<string, FieldText> {
    const crossref = fields.get('crossref');
    if (crossref === undefined) return fields;
    const key = crossref.text.trim();
    const target = this.byKey.get(key.toLowerCase());
    if (target === undefined) {
      const use = `entry "${entry.key}" has crossref "${key}"`;
      this.undefinedNames.report(context, crossref.lineAt(0), key.toLowerCase(), use, 'entries that name it keep only their own fields');
      return fields;
    }
    const merged = new Map<string, FieldText>();
    for (const [name, value] of target.fields) {
      // An inherited field's own line is in another entry, maybe another file: point at the crossref instead.
      if (name !== 'crossref') merged.set(name, { text: value.text, lineAt: () => crossref.lineAt(0) });
    }
    for (const [name, value] of fields) merged.set(name, value);
    return merged;
  }
}
