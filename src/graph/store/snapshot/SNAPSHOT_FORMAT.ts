/**
 * The binary snapshot of a built graph. A file is:
 *
 * - 8 bytes of magic, `SNAPSHOT_MAGIC`;
 * - a little-endian u32: the byte length of the header;
 * - the header, UTF-8 JSON (`SnapshotHeader`): the format version, a SHA-256
 *   of the body, and where each section lies in the body;
 * - zero padding to a multiple of 8 bytes, so typed arrays can view the body
 *   in place;
 * - the body: each section's bytes, every one starting at a multiple of 8.
 *
 * A section is a typed array (little-endian, as the platforms Node runs on
 * are) or JSON text. A reader refuses a file with other magic, another
 * version, sections not where the header puts them, a body shorter or longer
 * than the header says, or a body whose SHA-256 differs: never a half-read graph.
 */
export const SNAPSHOT_MAGIC = Buffer.from('CGRAPH\u0000\u0001', 'latin1');

/** Raised when the layout of the sections changes; older files are then refused, not misread. */
export const SNAPSHOT_VERSION = 2;

/** The kinds of section a snapshot holds. */
export type SectionType = 'u16' | 'u32' | 'i16' | 'json';

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
  /** Hex SHA-256 of the whole body. */
  readonly sha256: string;
  readonly sections: readonly SectionEntry[];
}
