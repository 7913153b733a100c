import { type FileHandle, open } from 'node:fs/promises';
import { authorsByPaperCount } from '../authorsByPaperCount.ts';
import { paperOrders } from '../paperOrders.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { AUTHOR_NUMBER_FIELDS, AUTHOR_TEXT_FIELDS, type AuthorColumns, type AuthorNumberField, type AuthorTextField } from '../AuthorColumns.ts';
import { DictionaryColumn } from '../DictionaryColumn.ts';
import { CoauthorGraph, type GraphOptions, type GraphParts } from '../CoauthorGraph.ts';
import { IdOrder, KeyIndex } from '../KeyIndex.ts';
import { runInSlices } from '../steps/runInSlices.ts';
import type { Steps } from '../steps/Steps.ts';
import { PAPER_NUMBER_FIELDS, PAPER_TEXT_FIELDS, type PaperColumns, type PaperNumberField, type PaperTextField } from '../PaperColumns.ts';
import { ABSENT, StringColumn, type StringChunk } from '../StringColumn.ts';
import { extendChecksum } from './extendChecksum.ts';
import { type IntegerType, SNAPSHOT_MAGIC, SNAPSHOT_VERSION, type SectionEntry, type SnapshotHeader } from './SNAPSHOT_FORMAT.ts';
import { COAUTHOR_WEIGHT_TYPES, DICTIONARY_CODE_TYPES, type KEY_INDEXES, type U32_SECTIONS } from './snapshotSections.ts';

// The coauthor adjacency's sections, read into shared memory as a build makes it, so that a change patches it on a worker thread without a copy (see `patchAdjacencyBeside`).
const SHARED_SECTIONS: ReadonlySet<string> = new Set(['coauthorOffsets', 'coauthorNeighbours', 'coauthorWeights']);

/** Thrown for a file that is not a whole snapshot of this version; the message says which and why. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/**
 * The graph a snapshot file holds (see `SNAPSHOT_FORMAT` and
 * `writeSnapshot`), read section by section and checked whole before any of
 * it is used: a truncated file, another version or a body whose checksum
 * differs is a `SnapshotError`. `onProgress` is told the bytes checked so far.
 *
 * @example const graph = await readSnapshot('graph.snapshot');
 */
export async function readSnapshot(path: string, { onProgress }: { onProgress?: (bytes: number) => void } = {}): Promise<CoauthorGraph> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const header = await readHeader(file, path, size);
    const bodyStart = align(SNAPSHOT_MAGIC.byteLength + 4 + header.headerBytes);
    const buffers: Buffer[] = [];
    let expected = 0;
    for (const section of header.sections) {
      if (section.offset !== expected) throw new SnapshotError(`${path}: section ${section.name} is not where the header's layout puts it`);
      const length = align(section.byteLength);
      if (bodyStart + section.offset + length > size) {
        throw new SnapshotError(`${path}: the file is truncated: it has ${size} bytes, the header describes ${bodyStart + section.offset + length} or more`);
      }
      // A buffer of its own for every section, so typed arrays can view it at offset 0.
      buffers.push(SHARED_SECTIONS.has(section.name) ? Buffer.from(new SharedArrayBuffer(length)) : Buffer.allocUnsafeSlow(length));
      expected += length;
    }
    if (bodyStart + expected !== size) throw new SnapshotError(`${path}: ${size - bodyStart - expected} bytes follow the last section: the file is not one snapshot`);
    if ((await checkedPieces(file, path, bodyStart, buffers, (bytes) => onProgress?.(bodyStart + bytes))) !== header.crc32) {
      throw new SnapshotError(`${path}: the checksum does not match: the file is corrupt; write it again with coauthor-graph snapshot`);
    }
    const bytesByName = new Map(header.sections.map((section, k) => [section.name, buffers[k]!.subarray(0, section.byteLength)]));
    // In slices, so that a server loading a snapshot answers its probes meanwhile.
    return await runInSlices(graphOf(new Sections(path, header.sections, bytesByName)));
  } finally {
    await file.close();
  }
}

/**
 * Reads the body of the snapshot at `path` from `bodyStart` on into `buffers`, which lie end to end
 * in the file, and returns its checksum. Every piece's read is started at
 * once, for the thread pool's threads to read side by side, and each piece
 * is checked, in file order, as soon as it and those before it are read,
 * the event loop turning between pieces: the checking of one overlaps the
 * reading of the next. Most of a read is the system giving the buffers
 * their pages, which on a virtual machine costs as much as the copy many
 * times over (1M papers, 719 MB: 2.3 s on one thread, against 0.06 s for
 * the same read into pages it had); read one section after another and then
 * checked, the snapshot took 4.5–4.8 s to load there. `progress` is told the
 * bytes checked.
 */
async function checkedPieces(file: FileHandle, path: string, bodyStart: number, buffers: readonly Buffer[], progress: (bytes: number) => void): Promise<number> {
  const pieces: { bytes: Buffer; read: Promise<{ bytesRead: number }> }[] = [];
  let position = bodyStart;
  for (const buffer of buffers) {
    for (let at = 0; at < buffer.byteLength; at += CHECKSUM_PIECE_BYTES) {
      const bytes = buffer.subarray(at, at + CHECKSUM_PIECE_BYTES);
      pieces.push({ bytes, read: file.read(bytes, 0, bytes.byteLength, position) });
      position += bytes.byteLength;
    }
  }
  // Every read settled before the file may be closed, whatever fails.
  const settled = Promise.allSettled(pieces.map(({ read }) => read));
  try {
    let checksum = 0;
    let checked = 0;
    for (const { bytes, read } of pieces) {
      // The file's size was checked, but it may have been cut since.
      if ((await read).bytesRead !== bytes.byteLength) throw new SnapshotError(`${path}: the file is truncated: it ended while it was being read`);
      checksum = extendChecksum(checksum, bytes);
      progress((checked += bytes.byteLength));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return checksum;
  } finally {
    await settled;
  }
}

async function readHeader(file: FileHandle, path: string, size: number): Promise<SnapshotHeader & { headerBytes: number }> {
  const start = Buffer.alloc(SNAPSHOT_MAGIC.byteLength + 4);
  const { bytesRead } = await file.read(start, 0, start.byteLength, 0);
  if (bytesRead < start.byteLength || !start.subarray(0, SNAPSHOT_MAGIC.byteLength).equals(SNAPSHOT_MAGIC)) {
    throw new SnapshotError(`${path}: not a coauthor-graph snapshot (it does not start with the snapshot's magic bytes)`);
  }
  const headerBytes = start.readUInt32LE(SNAPSHOT_MAGIC.byteLength);
  if (start.byteLength + headerBytes > size) throw new SnapshotError(`${path}: the file is truncated inside its header`);
  const text = Buffer.alloc(headerBytes);
  await file.read(text, 0, headerBytes, start.byteLength);
  let header: SnapshotHeader;
  try {
    header = JSON.parse(text.toString()) as SnapshotHeader;
  } catch {
    throw new SnapshotError(`${path}: the snapshot's header is not valid JSON: the file is corrupt`);
  }
  if (header.format !== 'coauthor-graph snapshot' || !Array.isArray(header.sections)) {
    throw new SnapshotError(`${path}: the snapshot's header does not describe a coauthor-graph snapshot: the file is corrupt`);
  }
  if (header.version === SNAPSHOT_VERSION && !header.sections.every(isSectionEntry)) {
    throw new SnapshotError(`${path}: the snapshot's header lists a section it cannot describe: the file is corrupt`);
  }
  if (header.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`${path}: snapshot format version ${header.version}, but this server reads version ${SNAPSHOT_VERSION}: write it again with this version's coauthor-graph snapshot`);
  }
  return { ...header, headerBytes };
}

const ELEMENT_BYTES: Readonly<Record<SectionEntry['type'], number>> = { u8: 1, u16: 2, u32: 4, f64: 8, text: 1, json: 1 };

interface IntegerArrays {
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
}

/** Each integer type's view of a section's bytes, in place. */
const INTEGER_VIEWS: { readonly [T in IntegerType]: (bytes: Buffer) => IntegerArrays[T] } = {
  u8: (bytes) => new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  u16: (bytes) => new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2),
  u32: (bytes) => new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4),
};

/** Whether `entry` names a section of a known type at a place and of a size typed arrays can take. */
function isSectionEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const { name, type, offset, byteLength } = entry as Record<string, unknown>;
  const size = typeof type === 'string' && Object.hasOwn(ELEMENT_BYTES, type) ? ELEMENT_BYTES[type as SectionEntry['type']] : undefined;
  const count = (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0;
  return typeof name === 'string' && size !== undefined && count(offset) && count(byteLength) && (byteLength as number) % size === 0;
}

/** A snapshot's sections by name, checked for presence and type as they are taken. */
class Sections {
  constructor(
    readonly path: string,
    readonly entries: readonly SectionEntry[],
    readonly bytes: ReadonlyMap<string, Buffer>,
  ) {}

  json<T>(name: string): T {
    return JSON.parse(this.#take(name, 'json').toString()) as T;
  }

  f64(name: string): Float64Array {
    const bytes = this.#take(name, 'f64');
    return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
  }

  text(name: string): Buffer {
    return this.#take(name, 'text');
  }

  u32(name: string): Uint32Array {
    return this.integers(name, ['u32']);
  }

  /** A section of integers written as one of `types` (a width chosen when the graph was built), viewed as written. */
  integers<T extends IntegerType>(name: string, types: readonly T[]): IntegerArrays[T] {
    const type = this.entries.find((section) => section.name === name)?.type;
    const written = types.find((candidate) => candidate === type);
    if (written === undefined) throw new SnapshotError(`${this.path}: the snapshot has no ${types.join(' or ')} section ${name}`);
    return INTEGER_VIEWS[written](this.#take(name, written)) as IntegerArrays[T];
  }

  #take(name: string, type: SectionEntry['type']): Buffer {
    const entry = this.entries.find((section) => section.name === name);
    const bytes = this.bytes.get(name);
    if (entry === undefined || bytes === undefined || entry.type !== type) throw new SnapshotError(`${this.path}: the snapshot has no ${type} section ${name}`);
    return bytes;
  }
}

function* graphOf(sections: Sections): Steps<CoauthorGraph> {
  const u32 = (name: (typeof U32_SECTIONS)[number]) => sections.u32(name);
  const neighbours = u32('coauthorNeighbours');
  const coauthors = { offsets: u32('coauthorOffsets'), neighbours, weights: sections.integers('coauthorWeights', COAUTHOR_WEIGHT_TYPES), pairCount: neighbours.length / 2 };
  const paperText = {} as Record<PaperTextField, StringColumn>;
  const paperRows = yield* checkedRows(sections, u32('paperRows'));
  for (const field of PAPER_TEXT_FIELDS) {
    const column = yield* stringColumnOf(sections, `paper.${field}`);
    if (column.length !== paperRows.length) throw new SnapshotError(`${sections.path}: column paper.${field} has ${column.length} rows for ${paperRows.length} papers: the file is corrupt`);
    paperText[field] = column.withOrder(paperRows);
  }
  const paperNumbers = {} as Record<PaperNumberField, Float64Array>;
  for (const field of PAPER_NUMBER_FIELDS) paperNumbers[field] = sections.f64(`paper.${field}`);
  const venue = venueColumnOf(yield* stringColumnOf(sections, 'paper.venue.values'), sections);
  if (venue.length !== paperRows.length) throw new SnapshotError(`${sections.path}: column paper.venue has ${venue.length} rows for ${paperRows.length} papers: the file is corrupt`);
  const paperColumns: PaperColumns = { text: paperText, venue, numbers: paperNumbers, rows: paperRows };
  const authorText = {} as Record<AuthorTextField, StringColumn>;
  for (const field of AUTHOR_TEXT_FIELDS) authorText[field] = yield* stringColumnOf(sections, `author.${field}`);
  const authorNumbers = {} as Record<AuthorNumberField, Float64Array>;
  for (const field of AUTHOR_NUMBER_FIELDS) authorNumbers[field] = sections.f64(`author.${field}`);
  const authorColumns: AuthorColumns = {
    text: authorText,
    numbers: authorNumbers,
    aliasOffsets: u32('author.aliasOffsets'),
    aliasNames: yield* stringColumnOf(sections, 'author.aliasNames'),
    aliasPaperCounts: u32('author.aliasPaperCounts'),
  };
  const keyIndex = function* (name: (typeof KEY_INDEXES)[number]): Steps<KeyIndex> {
    return new KeyIndex(yield* stringColumnOf(sections, `${name}.keys`), sections.u32(`${name}.offsets`), sections.u32(`${name}.values`));
  };
  const parts: GraphParts = {
    paperColumns,
    authorColumns,
    paperIds: new IdOrder(paperText.id, u32('paperIds.order')),
    authorIds: new IdOrder(authorText.id, u32('authorIds.order')),
    paperAuthorOffsets: u32('paperAuthorOffsets'),
    paperAuthors: u32('paperAuthors'),
    authorPaperOffsets: u32('authorPaperOffsets'),
    authorPapers: u32('authorPapers'),
    authorPositions: u32('authorPositions'),
    authorsByNameKey: yield* keyIndex('authorsByNameKey'),
    authorsByFoldedName: yield* keyIndex('authorsByFoldedName'),
    coauthors,
  };
  const graph = new CoauthorGraph(parts, sections.json<GraphOptions>('options'));
  searchIndex.remember(graph, {
    words: yield* stringColumnOf(sections, 'searchWords'),
    postingOffsets: u32('searchPostingOffsets'),
    postings: u32('searchPostings'),
    wholeTextHashes: u32('searchWholeTextHashes'),
    wholeTextDocuments: u32('searchWholeTextDocuments'),
  });
  paperOrders.remember(graph, { OLDEST_FIRST: u32('order.papersOldestFirst'), TITLE: u32('order.papersByTitle') });
  authorsByPaperCount.remember(graph, u32('order.authorsByPaperCount'));
  return graph;
}

/** `rows` once it is known to hold every row of its length once, as an order of a column must. */
function* checkedRows(sections: Sections, rows: Uint32Array): Steps<Uint32Array> {
  const seen = new Uint8Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    if (k % 65536 === 0) yield;
    const row = rows[k]!;
    if (row >= rows.length || seen[row] === 1) throw new SnapshotError(`${sections.path}: paperRows is not an order of its ${rows.length} rows: the file is corrupt`);
    seen[row] = 1;
  }
  return rows;
}

/** The venues of `sections`, refused when a code names no venue: a file made by hand, since the checksum catches damage. */
function venueColumnOf(values: StringColumn, sections: Sections): DictionaryColumn {
  try {
    return DictionaryColumn.checked(values, sections.integers('paper.venue.codes', DICTIONARY_CODE_TYPES));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new SnapshotError(`${sections.path}: paper.venue.codes: ${error.message}: the file is corrupt`);
  }
}

/** The column stored as `stringColumnSections` lays it out, a step after every few chunks decoded. */
function* stringColumnOf(sections: Sections, name: string): Steps<StringColumn> {
  const bytes = sections.text(`${name}.text`);
  const ends = sections.u32(`${name}.ends`);
  const layout = sections.u32(`${name}.chunks`);
  const chunks: StringChunk[] = [];
  let [byte, row] = [0, 0];
  for (let c = 0; c < layout.length / 2; c++) {
    if (c % 16 === 0) yield;
    const [rows, byteLength] = [layout[2 * c]!, layout[2 * c + 1]!];
    const chunk = { text: bytes.toString('utf8', byte, byte + byteLength), ends: ends.subarray(row, row + rows) };
    if (rows === 0 ? chunk.text !== '' : (chunk.ends[rows - 1]! & ~ABSENT) !== chunk.text.length) {
      throw new SnapshotError(`${sections.path}: column ${name} does not match its text: the file is corrupt`);
    }
    chunks.push(chunk);
    [byte, row] = [byte + byteLength, row + rows];
  }
  if (byte !== bytes.byteLength || row !== ends.length) throw new SnapshotError(`${sections.path}: column ${name} does not match its layout: the file is corrupt`);
  return new StringColumn(chunks);
}

// A piece of a section checked between two turns of the event loop: a few milliseconds of CRC-32.
const CHECKSUM_PIECE_BYTES = 16 << 20;

function align(length: number): number {
  return Math.ceil(length / 8) * 8;
}
