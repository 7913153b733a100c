import { type FileHandle, open, stat } from 'node:fs/promises';
import { SNAPSHOT_MAGIC } from './SNAPSHOT_FORMAT.ts';

/**
 * Whether the file at `path` starts like a snapshot (its magic bytes), so
 * that `serve --data` can take a snapshot or a source file alike.
 *
 * @example await isSnapshotFile('graph.snapshot') // true
 */
export async function isSnapshotFile(path: string): Promise<boolean> {
  let file: FileHandle;
  try {
    // Only a regular file: opening a pipe named on a command line would wait for its writer.
    if (!(await stat(path)).isFile()) return false;
    file = await open(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(SNAPSHOT_MAGIC.byteLength);
    const { bytesRead } = await file.read(head, 0, head.byteLength, 0);
    return bytesRead === head.byteLength && head.equals(SNAPSHOT_MAGIC);
  } finally {
    await file.close();
  }
}
