import { open, rename, rm } from 'node:fs/promises';
import type { CoauthorGraph } from '../CoauthorGraph.ts';
import { searchIndex } from '../../search/searchIndex.ts';
import { coauthorAdjacency } from '../coauthorAdjacency.ts';
import { SNAPSHOT_MAGIC, SNAPSHOT_VERSION, type SectionEntry, type SectionType, type SnapshotHeader } from './SNAPSHOT_FORMAT.ts';
import { extendChecksum } from './extendChecksum.ts';
import { type SnapshotSection, snapshotSections } from './snapshotSections.ts';

/**
 * Writes `graph` to `path` in the binary snapshot format (`SNAPSHOT_FORMAT`):
 * beside its final name first, moved into place once whole, so a reader
 * never sees half a file. Returns the number of bytes written.
 *
 * @example await writeSnapshot(graph, 'graph.snapshot');
 */
export async function writeSnapshot(graph: CoauthorGraph, path: string): Promise<number> {
  const sections: { name: string; type: SectionType; bytes: Uint8Array }[] = [];
  for (const section of snapshotSections(graph, coauthorAdjacency(graph), searchIndex(graph))) {
    sections.push({ name: section.name, type: section.type, bytes: sectionBytes(section) });
  }
  let checksum = 0;
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const { name, type, bytes } of sections) {
    entries.push({ name, type, offset, byteLength: bytes.byteLength });
    checksum = extendChecksum(extendChecksum(checksum, bytes), PADDING.subarray(0, paddingAfter(bytes.byteLength)));
    offset += bytes.byteLength + paddingAfter(bytes.byteLength);
  }
  const header: SnapshotHeader = { format: 'coauthor-graph snapshot', version: SNAPSHOT_VERSION, crc32: checksum, sections: entries };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.byteLength);
  const prefix = SNAPSHOT_MAGIC.byteLength + 4 + headerBytes.byteLength;

  const partial = `${path}.${process.pid}.partial`;
  const file = await open(partial, 'w');
  try {
    for (const bytes of [SNAPSHOT_MAGIC, length, headerBytes, PADDING.subarray(0, paddingAfter(prefix))]) await file.write(bytes);
    for (const { bytes } of sections) {
      await file.write(bytes);
      await file.write(PADDING.subarray(0, paddingAfter(bytes.byteLength)));
    }
  } catch (error) {
    await file.close();
    await rm(partial, { force: true });
    throw error;
  }
  await file.close();
  await rename(partial, path);
  return prefix + paddingAfter(prefix) + offset;
}

function sectionBytes(section: SnapshotSection): Uint8Array {
  switch (section.type) {
    case 'json':
      return Buffer.from(JSON.stringify(section.value));
    case 'text':
      return Buffer.concat(section.value.map((text) => Buffer.from(text)));
    default: {
      const { value } = section;
      return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    }
  }
}

const PADDING = new Uint8Array(8);

/** Zero bytes that bring `length` to a multiple of 8. */
function paddingAfter(length: number): number {
  return (8 - (length % 8)) % 8;
}
