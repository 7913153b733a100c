import { IngestError } from '../ingest/IngestError.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import { validatePaperRecord } from '../ingest/validatePaperRecord.ts';
import type { UserError } from './UserError.ts';

/**
 * `value` checked as the JSON Lines importer checks a line, with its
 * messages; a defect is a user error at `where` (a path into the input) and
 * the field the message is about.
 *
 * @example checkPaper({ authors: [] }, 'papers[0]') // { field: 'papers[0].authors', message: 'papers[0]: field "authors" must list at least one author, got an empty array', code: 'INVALID_PAPER' }
 */
export function checkPaper(value: unknown, where: string): PaperRecord | UserError {
  try {
    return validatePaperRecord(value, where, 0);
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    return { field: `${where}${fieldOf(error.reason)}`, message: `${where}: ${error.reason}`, code: 'INVALID_PAPER' };
  }
}

/** The field an importer's message is about, as a path suffix: `.published`, `.authors[1]`. */
function fieldOf(reason: string): string {
  const match = /^(?:missing required )?field "([^"]+)"|^(\w+\[\d+\])|at (authors\[\d+\])$/u.exec(reason) ?? /(authors)\b/u.exec(reason);
  const field = match?.slice(1).find((group) => group !== undefined);
  return field === undefined ? '' : `.${field}`;
}
