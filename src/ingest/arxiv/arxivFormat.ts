import type { PaperFormat } from '../PaperFormat.ts';
import { admitRecord } from '../admitRecord.ts';
import { cleanRecordText } from '../cleanRecordText.ts';
import { firstNonBlankLine } from '../firstNonBlankLine.ts';
import { parseJson } from '../parseJson.ts';
import { readLines } from '../readLines.ts';
import { arxivRecord } from './arxivRecord.ts';

/**
 * The arXiv metadata snapshot that Kaggle distributes
 * (`arxiv-metadata-oai-snapshot.json`, JSON Lines despite its name, about
 * 2.7 million records). Streams a line at a time; see `arxivRecord` for what
 * each line becomes.
 *
 * @example
 * for await (const record of arxivFormat.read('arxiv-metadata-oai-snapshot.json', context)) records.push(record);
 */
export const arxivFormat: PaperFormat = {
  name: 'arxiv',
  description: 'arXiv metadata snapshot (Kaggle), JSON Lines',
  extensions: ['.json', '.jsonl'],
  looksLike: (head) => /^\s*\{.*"authors_parsed"\s*:/u.test(firstNonBlankLine(head)),
  async *read(path, context) {
    for await (const { number, text } of readLines(path, context)) {
      if (text.trim() === '') continue;
      const converted = admitRecord(context, () => arxivRecord(parseJson(text, path, number), path, number));
      if (converted === undefined) continue;
      for (const warning of converted.warnings) context.warn(number, warning);
      const clean = cleanRecordText(converted.record, context, number);
      if (clean !== undefined) yield clean;
    }
  },
};
