import type { PaperFormat } from '../PaperFormat.ts';
import { readDblpRecords } from './readDblpRecords.ts';

/** The start of a dblp document: its DOCTYPE or its root element. */
const DBLP_HEAD = /<!DOCTYPE[\t\n\r ]+dblp[\t\n\r [>]|<dblp[\t\n\r />]/u;

/**
 * The dblp XML dump (https://dblp.org/xml/dblp.xml.gz, with the dblp.dtd of
 * the same release beside it): every record with authors, streamed.
 *
 * @example
 * const [context, report] = createIngestContext('dblp.xml', { strict: false });
 * for await (const paper of dblpFormat.read('dblp.xml', context)) write(paper);
 */
export const dblpFormat: PaperFormat = {
  name: 'dblp',
  description: 'dblp XML dump (dblp.xml, with dblp.dtd beside it), streamed',
  extensions: ['.xml'],
  looksLike: (head) => DBLP_HEAD.test(head),
  read: (path, context) => readDblpRecords(path, context),
};
