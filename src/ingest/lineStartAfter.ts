import { type FileHandle, open } from 'node:fs/promises';
import { cannotRead } from './cannotRead.ts';

const NEWLINE = 0x0a;
const CHUNK_BYTES = 1 << 16;

/**
 * The offset of the first line of the file at `path` that starts at or
 * after byte `offset` (1 or more), or the file's size when none does: where
 * a file can be cut into two pieces of whole lines.
 *
 * @example await lineStartAfter('papers.jsonl', 4); // 7 for a file 'ab\ncde\nf\n'
 */
export async function lineStartAfter(path: string, offset: number): Promise<number> {
  let file: FileHandle;
  try {
    file = await open(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    // A line starts at `offset` when the byte before it ends a line.
    for (let at = offset - 1; ; at += CHUNK_BYTES) {
      const { bytesRead } = await file.read(chunk, 0, CHUNK_BYTES, at);
      if (bytesRead === 0) return at;
      const found = chunk.subarray(0, bytesRead).indexOf(NEWLINE);
      if (found !== -1) return at + found + 1;
    }
  } catch (error) {
    throw cannotRead(path, error);
  } finally {
    await file.close();
  }
}
