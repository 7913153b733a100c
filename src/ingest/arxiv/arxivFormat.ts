import type { IngestContext } from '../IngestContext.ts';
import type { PaperFormat } from '../PaperFormat.ts';
import type { PaperRecord } from '../PaperRecord.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { eachItem } from '../eachItem.ts';
import { firstNonBlankLine } from '../firstNonBlankLine.ts';
import { parseJson } from '../parseJson.ts';
import { readLineRecords } from '../readLineRecords.ts';
import { arxivRecord } from './arxivRecord.ts';

/**
 * The arXiv metadata snapshot that Kaggle distributes
 * (`arxiv-metadata-oai-snapshot.json`, JSON Lines despite its name, about
 * 2.7 million records). Streams a chunk of lines at a time; see
 * `arxivRecord` for what each line becomes.
 *
 * @example
 * for await (const record of arxivFormat.read('arxiv-metadata-oai-snapshot.json', context)) records.push(record);
 */
export const arxivFormat: PaperFormat = {
  name: 'arxiv',
  description: 'arXiv metadata snapshot (Kaggle), JSON Lines',
  extensions: ['.json', '.jsonl'],
  looksLike: (head) => /^\s*\{.*"authors_parsed"\s*:/u.test(firstNonBlankLine(head)),
  read: (path, context) => eachItem(readArxivBatches(path, context)),
  readBatches: readArxivBatches,
};

function readArxivBatches(path: string, context: IngestContext): AsyncGenerator<PaperRecord[], number, undefined> {
  return readLineRecords(path, context, (text, number) => {
    const converted = admitRecord(context, () => arxivRecord(parseJson(text, path, number), path, number));
    if (converted === undefined) return undefined;
    for (const warning of converted.warnings) context.warn(number, warning);
    return cleanRecordText(converted.record, context, number);
  });
}
