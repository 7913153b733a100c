import { rmSync } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import type { PaperRecord } from '../PaperRecord.ts';
import { formatJsonLine } from './formatJsonLine.ts';
import { systemErrorReason } from '../systemErrorReason.ts';

const FLUSH_CHARS = 1 << 20;

/**
 * Writes records as canonical JSON Lines to a file, all or nothing: lines go
 * to a temporary file beside `path`, which replaces `path` only on
 * `commit()`, so a failed import never leaves a half-written output (nor
 * clobbers an input that is also the output).
 *
 * @example
 * const writer = await JsonLinesWriter.create('papers.jsonl');
 * try {
 *   for await (const record of format.read(file, context)) await writer.write(record);
 *   await writer.commit();
 * } catch (error) {
 *   await writer.discard();
 *   throw error;
 * }
 */
export class JsonLinesWriter {
  #pending = '';

  private constructor(
    readonly path: string,
    private readonly temporaryPath: string,
    private readonly file: FileHandle,
  ) {}

  static async create(path: string): Promise<JsonLinesWriter> {
    const temporaryPath = `${path}.${process.pid}.partial`;
    try {
      return new JsonLinesWriter(path, temporaryPath, await open(temporaryPath, 'w'));
    } catch (error) {
      throw cannotWrite(path, error);
    }
  }

  async write(record: PaperRecord): Promise<void> {
    this.#pending += formatJsonLine(record);
    if (this.#pending.length >= FLUSH_CHARS) await this.#flush();
  }

  /** Finishes the file and puts it at `path`. */
  async commit(): Promise<void> {
    await this.#flush();
    try {
      await this.file.close();
      await rename(this.temporaryPath, this.path);
    } catch (error) {
      throw cannotWrite(this.path, error);
    }
  }

  /** Removes the temporary file, leaving `path` as it was. */
  async discard(): Promise<void> {
    await this.file.close().catch(() => {});
    await rm(this.temporaryPath, { force: true });
  }

  /** Removes the temporary file at once, for a process that exits before `discard` could finish. */
  abandon(): void {
    rmSync(this.temporaryPath, { force: true });
  }

  async #flush(): Promise<void> {
    const text = this.#pending;
    this.#pending = '';
    try {
      await this.file.writeFile(text);
    } catch (error) {
      throw cannotWrite(this.path, error);
    }
  }
}

function cannotWrite(path: string, error: unknown): Error {
  return new Error(`cannot write ${path}: ${systemErrorReason(error)}`, { cause: error });
}
