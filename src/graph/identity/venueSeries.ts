import { foldText } from '../text/foldText.ts';

// The acronym a proceedings title ends with, its year or edition number dropped: "(ICAPS 2013)", "(IPC-10)".
const ACRONYM = /\(\s*([\p{L}][\p{L}&-]*?)[\s-]*(?:'?\d+)?\s*\)\s*$/u;
// Edition numbers and ordinals that change from one year of a series to the next.
const EDITION = /\b(?:\d+(?:st|nd|rd|th)?|(?:twenty|thirty|forty|fifty|sixty)(?:[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)\b/gu;

/**
 * The series a venue belongs to, so that one conference's years count as one
 * venue: the acronym its proceedings title ends with, else the folded title
 * without edition numbers, ordinals and years.
 *
 * @example venueSeries('Proceedings of the Twenty-Third AAAI Conference on Artificial Intelligence (AAAI 2008)') // 'aaai'
 * @example venueSeries('Journal of Databases') // 'journal of databases'
 */
export function venueSeries(venue: string): string {
  const folded = foldText(venue);
  const acronym = ACRONYM.exec(folded);
  if (acronym !== null) return acronym[1]!;
  return folded.replace(EDITION, ' ').replace(/\s+/gu, ' ').trim();
}
