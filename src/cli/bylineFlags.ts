import { DEFAULT_MAX_AUTHORS_PER_PAPER } from '../graph/store/DEFAULT_MAX_AUTHORS_PER_PAPER.ts';

/** The byline flag every command that builds a graph takes, as a `parseArgs` option. */
export const BYLINE_OPTIONS = {
  'max-authors-per-paper': { type: 'string' },
} as const;

/** Its lines for a command's `--help`. */
export const BYLINE_USAGE = `  --max-authors-per-paper N  papers with more authors are kept but their
                             authors are not paired as coauthors
                             (default ${DEFAULT_MAX_AUTHORS_PER_PAPER})`;

/**
 * The largest byline the parsed flag (or `source`, for messages) asks to pair.
 *
 * @example maxAuthorsPerPaper({ 'max-authors-per-paper': '50' }) // 50
 */
export function maxAuthorsPerPaper(values: { 'max-authors-per-paper'?: string | undefined }, source = '--max-authors-per-paper'): number {
  const text = values['max-authors-per-paper'];
  if (text === undefined) return DEFAULT_MAX_AUTHORS_PER_PAPER;
  if (!/^\d+$/u.test(text) || Number(text) < 2) throw new Error(`${source} must be a whole number of at least 2, got "${text}"`);
  return Number(text);
}
