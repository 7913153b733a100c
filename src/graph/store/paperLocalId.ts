import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { nameKey } from '../text/nameKey.ts';
import { stableHash } from './stableHash.ts';

/**
 * A paper's id from its content, never from load order: the source's own id,
 * else an external id, else a hash of date, first author and title (or
 * abstract, or the whole byline when a source carries neither).
 *
 * @example paperLocalId({ externalIds: { arxiv: '2212.08073' }, authors: ['Yuntao Bai'] }) === 'arxiv:2212.08073'
 */
export function paperLocalId(record: PaperRecord): string {
  if (record.id !== undefined) return record.id;
  const { arxiv, doi, dblp } = record.externalIds ?? {};
  if (arxiv !== undefined) return `arxiv:${arxiv}`;
  if (doi !== undefined) return `doi:${doi.toLowerCase()}`;
  if (dblp !== undefined) return `dblp:${dblp}`;
  const text = record.title ?? record.abstract ?? record.authors.map(nameKey).join('; ');
  return `h:${stableHash(record.published ?? '', nameKey(record.authors[0] ?? ''), text.normalize('NFC'))}`;
}
