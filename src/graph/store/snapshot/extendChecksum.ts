import { crc32 } from 'node:zlib';

/**
 * The CRC-32 `checksum` extended by `bytes`, for the snapshot's running
 * checksum. zlib restarts from 0 on a buffer with no memory behind it (an
 * empty typed array, such as a graph without coauthor pairs makes), so an
 * empty piece leaves the checksum as it is.
 *
 * @example extendChecksum(extendChecksum(0, a), b) === crc32(Buffer.concat([a, b]))
 */
export function extendChecksum(checksum: number, bytes: Uint8Array): number {
  return bytes.byteLength === 0 ? checksum : crc32(bytes, checksum);
}
