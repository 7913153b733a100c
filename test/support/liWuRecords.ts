import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';

/** A paper titled after its id, published on the first of January of `year`. */
export const record = (id: string, year: number, venue: string, ...authors: string[]): PaperRecord => ({ id, title: `Paper ${id}`, year, published: `${year}-01-01`, venue, authors });

/**
 * "Li Wu" writes with Ann and Bob at ICML and, in the same years, with Cy
 * and Di at SIGMOD: two people, Li Wu 0001 (with "L. Wu", once with Ann and
 * Bob) and Li Wu 0002; Mei Wu makes Wu a surname two people carry.
 */
export const LI_WU_RECORDS: readonly PaperRecord[] = [
  record('li1', 2015, 'ICML', 'Li Wu', 'Ann Ames', 'Bob Burr'),
  record('li2', 2016, 'ICML', 'Li Wu', 'Ann Ames'),
  record('li3', 2015, 'SIGMOD', 'Li Wu', 'Cy Cole', 'Di Dunn'),
  record('li4', 2017, 'SIGMOD', 'Li Wu', 'Cy Cole'),
  record('li5', 2017, 'ICML', 'L. Wu', 'Ann Ames', 'Bob Burr'),
  record('mw1', 2010, 'KDD', 'Mei Wu', 'Ed Eng'),
];
