import type { IngestContext } from '../IngestContext.ts';
import { IngestError } from '../IngestError.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { type DblpEvent, DblpRecordAssembler } from './DblpRecordAssembler.ts';
import { XmlTokenizer } from './XmlTokenizer.ts';
import { DBLP_PAPER_FIELDS, buildDblpPaper } from './buildDblpPaper.ts';
import type { Entities } from './expandReferences.ts';
import { loadDoctypeEntities } from './loadDoctypeEntities.ts';
import { type XmlEncoding, readXmlChunks } from './readXmlChunks.ts';

/** Well-formed records that are not papers, which a reader skips without calling them defects. */
export interface DblpTally {
  /** Records imported as papers. */
  papers: number;
  /** `<www key="homepages/…">` and `<person>` records: one author's name variants, not a paper. */
  personPages: number;
  /** Records without `<author>`, e.g. `<proceedings>` with only `<editor>`s. */
  withoutAuthors: number;
}

const NO_ENTITIES: Entities = { values: new Map(), declaredIn: undefined };

/**
 * The papers of a dblp.xml file, streamed: the file is read in chunks and
 * each record is handed on as soon as it ends, so memory stays flat for the
 * multi-gigabyte dump. Entities come from the DTD named in the DOCTYPE,
 * read from beside the file. Defective records go to `context.reject` at the
 * line of the defect; a defect that leaves no records to read on (no
 * `<dblp>` root, a truncated file, a missing DTD) is an `IngestError`.
 * `tally` counts the papers and the well-formed records that are none.
 *
 * @example
 * const tally: DblpTally = { papers: 0, personPages: 0, withoutAuthors: 0 };
 * for await (const paper of readDblpRecords('dblp.xml', context, tally)) write(paper);
 * console.log(`${tally.withoutAuthors} records without authors`);
 */
export async function* readDblpRecords(
  path: string,
  context: IngestContext,
  tally: DblpTally = { papers: 0, personPages: 0, withoutAuthors: 0 },
): AsyncGenerator<PaperRecord> {
  const assembler = new DblpRecordAssembler(DBLP_PAPER_FIELDS);
  const tokenizer = new XmlTokenizer(assembler);
  let entities = NO_ENTITIES;
  let encoding: XmlEncoding = 'utf-8';
  const fail = (line: number, reason: string): never => {
    throw new IngestError(path, line, reason);
  };

  async function* papersOf(events: readonly DblpEvent[]): AsyncGenerator<PaperRecord> {
    for (const event of events) {
      switch (event.kind) {
        case 'doctype':
          entities = await loadDoctypeEntities(path, event.declaration, event.line, encoding);
          break;
        case 'problem':
          context.reject(event.line, event.reason);
          break;
        case 'fatal':
          return fail(event.line, event.reason);
        case 'record': {
          const { record } = event;
          const outcome = admitRecord(context, () => buildDblpPaper(record, entities, fail));
          if (outcome === 'person page') tally.personPages++;
          else if (outcome === 'no authors') tally.withoutAuthors++;
          else if (outcome !== undefined) {
            const clean = cleanRecordText(outcome, context, record.line);
            if (clean === undefined) break;
            tally.papers++;
            yield clean;
          }
        }
      }
    }
  }

  for await (const chunk of readXmlChunks(path)) {
    encoding = chunk.encoding;
    tokenizer.write(chunk.text);
    yield* papersOf(assembler.take());
    context.progress(chunk.bytesRead);
  }
  tokenizer.end();
  yield* papersOf(assembler.take());
}
