import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PaperFormat } from './PaperFormat.ts';
import { cannotRead } from './cannotRead.ts';
import { formatList } from './formatList.ts';
import { paperFormats } from './paperFormats.ts';

const HEAD_BYTES = 64 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The format of the file at `path`, from its name and its first bytes. The
 * content decides among the formats the extension allows (`.txt`: a listing
 * or a SNAP pair list; `.jsonl`: canonical or arXiv); content alone decides
 * when the extension fits no format; when the content fits none, the first
 * format the extension allows is used, so its parser reports what is wrong.
 * Throws, listing the formats, when neither the name nor the content tells.
 *
 * @example await detectFormat('../shared/data/snap/CA-GrQc.txt') === snapFormat; // true
 */
export async function detectFormat(path: string): Promise<PaperFormat> {
  const head = await readHead(path);
  const name = path.toLowerCase();
  const byExtension = paperFormats.filter((format) => format.extensions.some((extension) => name.endsWith(extension)));
  const byContent = paperFormats.filter((format) => format.looksLike(head));
  const chosen =
    byExtension.find((format) => byContent.includes(format)) ?? (byContent.length === 1 ? byContent[0] : byExtension[0]);
  if (chosen !== undefined) return chosen;

  const extension = extname(name);
  const byName = extension === '' ? 'its name has no extension' : `no format reads "${extension}" files`;
  const byBytes = byContent.length === 0 ? 'its first bytes fit none' : `its first bytes fit ${byContent.map((f) => f.name).join(' and ')}`;
  throw new Error(
    `cannot tell the format of ${path}: ${byName} and ${byBytes}; name the format with --from (import) or --format (serve), one of ${formatList()}`,
  );
}

/** Up to the first 64 KiB, without a UTF-8 byte order mark, decoded as latin1 so any byte sequence decodes. */
async function readHead(path: string): Promise<string> {
  try {
    const file = await open(path);
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
      const head = buffer.subarray(0, bytesRead);
      return (head.subarray(0, 3).equals(UTF8_BOM) ? head.subarray(3) : head).toString('latin1');
    } finally {
      await file.close();
    }
  } catch (error) {
    throw cannotRead(path, error);
  }
}
