import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The writers a `--write-tokens` file lists: lines `NAME SHA256-HEX-OF-TOKEN`,
 * blank lines and `#` comments allowed. Only hashes are held, so the file
 * gives no token away; a token is checked by hashing it and comparing with
 * every entry in constant time.
 *
 * @example
 * const tokens = WriteTokens.read('write-tokens.txt');
 * tokens.writerOf('s3cret') // 'alice', or undefined
 */
export class WriteTokens {
  private constructor(private readonly entries: readonly { readonly name: string; readonly hash: Buffer }[]) {}

  /** Reads and checks a tokens file; a bad line is an error naming `file:line`. */
  static read(file: string): WriteTokens {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const entries: { name: string; hash: Buffer }[] = [];
    text.split(/\r?\n/u).forEach((raw, index) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const fields = line.split(/\s+/u);
      if (fields.length !== 2 || !/^[0-9a-fA-F]{64}$/u.test(fields[1]!)) {
        throw new Error(`${file}:${index + 1}: expected "NAME SHA256-HEX-OF-TOKEN" (a name, a space, 64 hex digits)`);
      }
      if (entries.some((entry) => entry.name === fields[0])) throw new Error(`${file}:${index + 1}: the writer "${fields[0]}" is listed twice`);
      entries.push({ name: fields[0]!, hash: Buffer.from(fields[1]!, 'hex') });
    });
    if (entries.length === 0) throw new Error(`${file}: lists no writer; add a line "NAME SHA256-HEX-OF-TOKEN"`);
    return new WriteTokens(entries);
  }

  /** The NAME of the writer `token` belongs to, or undefined. */
  writerOf(token: string): string | undefined {
    const hash = createHash('sha256').update(token).digest();
    let writer: string | undefined;
    // Every entry compared, so the time taken says nothing of which one matched.
    for (const entry of this.entries) if (timingSafeEqual(entry.hash, hash)) writer ??= entry.name;
    return writer;
  }
}
