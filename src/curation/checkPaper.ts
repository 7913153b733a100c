import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import { IngestError } from '../ingest/IngestError.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import { validatePaperRecord } from '../ingest/validatePaperRecord.ts';
import { holderOf } from './holderOf.ts';
import type { UserError } from './UserError.ts';

/**
 * `value` checked as the JSON Lines importer checks a line, with its
 * messages; a defect is a user error at `where` (a path into the input) and
 * the field the message is about. Two spellings on its byline that are one
 * person in `graph` (a curator merged them) are a defect too: one person
 * signs a paper once.
 *
 * @example checkPaper(graph, { authors: [] }, 'papers[0]') // { field: 'papers[0].authors', message: 'papers[0]: field "authors" must list at least one author, got an empty array', code: 'INVALID_PAPER' }
 */
export function checkPaper(graph: CoauthorGraph, value: unknown, where: string): PaperRecord | UserError {
  let record: PaperRecord;
  try {
    record = validatePaperRecord(value, where, 0);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { field: `${where}${fieldOf(error.reason)}`, message: `${where}: ${error.reason}`, code: 'INVALID_PAPER' };
  }
  const seen = new Map<string, number>();
  for (const [index, name] of record.authors.entries()) {
    const person = holderOf(graph, name);
    if (person === undefined) continue;
    const earlier = seen.get(person.id);
    if (earlier !== undefined) {
      return {
        field: `${where}.authors[${index}]`,
        message: `${where}: "${record.authors[earlier]}" at authors[${earlier}] and "${name}" at authors[${index}] are one person, ${person.name}: list them once`,
        code: 'INVALID_PAPER',
      };
    }
    seen.set(person.id, index);
  }
  return record;
}

/** The field an importer's message is about, as a path suffix: `.published`, `.authors[1]`. */
function fieldOf(reason: string): string {
  const match = /^(?:missing required )?field "([^"]+)"|^(\w+\[\d+\])|at (authors\[\d+\])$/u.exec(reason) ?? /(authors)\b/u.exec(reason);
  const field = match?.slice(1).find((group) => group !== undefined);
  return field === undefined ? '' : `.${field}`;
}
