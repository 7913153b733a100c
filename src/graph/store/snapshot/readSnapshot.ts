import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { Author } from '../Author.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { graphLookups } from '../buildGraph.ts';
import { CoauthorGraph, type GraphOptions } from '../CoauthorGraph.ts';
import { runInSlices } from '../steps/runInSlices.ts';
import type { Steps } from '../steps/Steps.ts';
import type { CoauthorAdjacency } from '../coauthorAdjacency.ts';
import { Paper } from '../Paper.ts';
import { SNAPSHOT_MAGIC, SNAPSHOT_VERSION, type SectionEntry, type SnapshotHeader } from './SNAPSHOT_FORMAT.ts';
import { type AuthorRow, COAUTHOR_WEIGHTS_SECTION, I16_SECTIONS, JSON_LISTS, type NameRow, type PaperRow, U32_SECTIONS } from './snapshotSections.ts';

/** Thrown for a file that is not a whole snapshot of this version; the message says which and why. */
export class SnapshotError extends Error {
  override readonly name = 'SnapshotError';
}

/**
 * Whether the file at `path` starts like a snapshot (its magic bytes), so
 * that `serve --data` can take a snapshot or a source file alike.
 *
 * @example await isSnapshotFile('graph.snapshot') // true
 */
export async function isSnapshotFile(path: string): Promise<boolean> {
  let file: FileHandle;
  try {
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

/**
 * The graph a snapshot file holds (see `SNAPSHOT_FORMAT` and
 * `writeSnapshot`), read section by section and checked whole before any of
 * it is used: a truncated file, another version or a body whose checksum
 * differs is a `SnapshotError`.
 *
 * @example const graph = await readSnapshot('graph.snapshot');
 */
export async function readSnapshot(path: string): Promise<CoauthorGraph> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const header = await readHeader(file, path, size);
    const bodyStart = align(SNAPSHOT_MAGIC.byteLength + 4 + header.headerBytes);
    const hash = createHash('sha256');
    const bytesByName = new Map<string, Buffer>();
    let expected = 0;
    for (const section of header.sections) {
      if (section.offset !== expected) throw new SnapshotError(`${path}: section ${section.name} is not where the header's layout puts it`);
      const length = align(section.byteLength);
      if (bodyStart + section.offset + length > size) {
        throw new SnapshotError(`${path}: the file is truncated: it has ${size} bytes, the header describes ${bodyStart + section.offset + length} or more`);
      }
      // A buffer of its own for every section, so typed arrays can view it at offset 0.
      const bytes = Buffer.allocUnsafeSlow(length);
      await file.read(bytes, 0, length, bodyStart + section.offset);
      // Hashed a piece at a time, the event loop turning between pieces, as the graph is then built.
      for (let at = 0; at < length; at += HASH_PIECE_BYTES) {
        hash.update(bytes.subarray(at, at + HASH_PIECE_BYTES));
        await new Promise((resolve) => setImmediate(resolve));
      }
      bytesByName.set(section.name, bytes.subarray(0, section.byteLength));
      expected += length;
    }
    if (bodyStart + expected !== size) throw new SnapshotError(`${path}: ${size - bodyStart - expected} bytes follow the last section: the file is not one snapshot`);
    if (hash.digest('hex') !== header.sha256) throw new SnapshotError(`${path}: the checksum does not match: the file is corrupt; write it again with coauthor-graph snapshot`);
    // In slices, so that a server loading a snapshot answers its probes meanwhile.
    return await runInSlices(graphOf(new Sections(path, header.sections, bytesByName)));
  } finally {
    await file.close();
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
  if (header.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`${path}: snapshot format version ${header.version}, but this server reads version ${SNAPSHOT_VERSION}: write it again with this version's coauthor-graph snapshot`);
  }
  return { ...header, headerBytes };
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

  u32(name: string): Uint32Array {
    const bytes = this.#take(name, 'u32');
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  }

  /** A section of unsigned integers as wide as it was written: 16 or 32 bits. */
  u16OrU32(name: string): Uint16Array | Uint32Array {
    if (this.entries.find((section) => section.name === name)?.type !== 'u16') return this.u32(name);
    const bytes = this.#take(name, 'u16');
    return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  }

  i16(name: string): Int16Array {
    const bytes = this.#take(name, 'i16');
    return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  }

  /** The rows of a JSON list, its chunks `<list>:0`, `<list>:1`, … joined in order; a step after each chunk. */
  *list<T>(list: string): Steps<T[]> {
    if (!this.bytes.has(`${list}:0`)) throw new SnapshotError(`${this.path}: the snapshot has no section ${list}:0`);
    const rows: T[] = [];
    for (let n = 0; this.bytes.has(`${list}:${n}`); n++) {
      for (const row of this.json<T[]>(`${list}:${n}`)) rows.push(row);
      yield;
    }
    return rows;
  }

  #take(name: string, type: SectionEntry['type']): Buffer {
    const entry = this.entries.find((section) => section.name === name);
    const bytes = this.bytes.get(name);
    if (entry === undefined || bytes === undefined || entry.type !== type) throw new SnapshotError(`${this.path}: the snapshot has no ${type} section ${name}`);
    return bytes;
  }
}

function* graphOf(sections: Sections): Steps<CoauthorGraph> {
  const [u32, i16] = [(name: (typeof U32_SECTIONS)[number]) => sections.u32(name), (name: (typeof I16_SECTIONS)[number]) => sections.i16(name)];
  const lists: unknown[][] = [];
  for (const list of JSON_LISTS) lists.push(yield* sections.list<unknown>(list));
  const [papers, authors, nameKeys, foldedNames, searchWords, wholeTexts] = lists as [PaperRow[], AuthorRow[], NameRow[], NameRow[], string[], NameRow[]];
  const neighbours = u32('coauthorNeighbours');
  const coauthors: CoauthorAdjacency = {
    offsets: u32('coauthorOffsets'),
    neighbours,
    pairCount: neighbours.length / 2,
    weights: sections.u16OrU32(COAUTHOR_WEIGHTS_SECTION),
    strongestFirst: u32('coauthorStrongestFirst'),
    firstYears: i16('coauthorFirstYears'),
    lastYears: i16('coauthorLastYears'),
  };
  const parts = {
    papers: yield* mapInSteps(papers, ([id, record], index) => new Paper(index, id, record)),
    authors: yield* mapInSteps(authors, ([id, ...fields], index) => new Author(index, id, ...fields)),
    paperAuthorOffsets: u32('paperAuthorOffsets'),
    paperAuthors: u32('paperAuthors'),
    authorPaperOffsets: u32('authorPaperOffsets'),
    authorPapers: u32('authorPapers'),
    authorPositions: u32('authorPositions'),
    authorsByNameKey: new Map(nameKeys),
    authorsByFoldedName: new Map(foldedNames),
    coauthors,
  };
  // The lookups are derived from the parts rather than stored: they would double the snapshot's text.
  const graph = new CoauthorGraph(parts, yield* graphLookups(parts), sections.json<GraphOptions>('options'));
  const [postingOffsets, postings] = [u32('searchPostingOffsets'), u32('searchPostings')];
  searchIndex.remember(graph, {
    words: searchWords,
    postings: yield* mapInSteps(searchWords, (_, i) => Array.from(postings.subarray(postingOffsets[i], postingOffsets[i + 1]))),
    wholeTexts: new Map(wholeTexts),
  });
  return graph;
}

/** `items.map(map)` with a step every few thousand items. */
function* mapInSteps<T, U>(items: readonly T[], map: (item: T, index: number) => U): Steps<U[]> {
  const mapped: U[] = [];
  for (let index = 0; index < items.length; index++) {
    if (index % 4096 === 0) yield;
    mapped.push(map(items[index]!, index));
  }
  return mapped;
}

// A piece of a section hashed between two turns of the event loop: a few milliseconds of SHA-256.
const HASH_PIECE_BYTES = 8 << 20;

function align(length: number): number {
  return Math.ceil(length / 8) * 8;
}
