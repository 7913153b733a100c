/**
 * The binary snapshot of a built graph. A file is:
 *
 * - 8 bytes of magic, `SNAPSHOT_MAGIC`;
 * - a little-endian u32: the byte length of the header;
 * - the header, UTF-8 JSON (`SnapshotHeader`): the format version, a CRC-32
 *   of the body, and where each section lies in the body;
 * - zero padding to a multiple of 8 bytes, so typed arrays can view the body
 *   in place;
 * - the body: each section's bytes, every one starting at a multiple of 8.
 *
 * A section is a typed array (little-endian, as the platforms Node runs on
 * are), UTF-8 text or JSON text. A reader refuses a file with other magic, another
 * version, sections not where the header puts them, a body shorter or longer
 * than the header says, or a body whose CRC-32 differs: never a half-read graph.
 */
export const SNAPSHOT_MAGIC = Buffer.from('CGRAPH\u0000\u0001', 'latin1');

/** Raised when the layout of the sections changes; older files are then refused, not misread. */
export const SNAPSHOT_VERSION = 5;

/** The kinds of section a snapshot holds. */
export type SectionType = IntegerType | 'f64' | 'text' | 'json';

/** The kinds of integer section, each a typed array. */
export type IntegerType = 'u8' | 'u16' | 'u32';

export interface SectionEntry {
  readonly name: string;
  readonly type: SectionType;
  /** Offset in the body, a multiple of 8. */
  readonly offset: number;
  readonly byteLength: number;
}

export interface SnapshotHeader {
  readonly format: 'coauthor-graph snapshot';
  readonly version: number;
  /**
   * CRC-32 (as zlib computes it) of the whole body: it catches a damaged or
   * half-copied file at several GB/s, where SHA-256 took most of a large
   * snapshot's load. A snapshot is the operator's own file, so the check is
   * against accidents, not tampering.
   */
  readonly crc32: number;
  readonly sections: readonly SectionEntry[];
}
