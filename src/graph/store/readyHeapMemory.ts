import { collectGarbage } from './collectGarbage.ts';

// Brought in a piece at a time, the event loop turning between pieces: about 50 ms each on the machine of `bench/README.md`.
const PIECE_BYTES = 16 * 1024 * 1024;
// The system's page: writing one byte of each brings the page in.
const PAGE_BYTES = 4096;

/**
 * Brings `bytes` of memory into malloc's heaps, then frees it there, for a
 * process whose glibc keeps what is freed (see `FreedMemory`): so that the
 * arrays the first changes make come from memory the process holds. The
 * system gives a process its memory a page at a time as it is first
 * written, and where that is slow (2-4 ms a MB on the machine of
 * `bench/README.md`, against 3 ms for 64 MB already held) the first
 * changes to a large graph otherwise hold the reads answered between their
 * steps for tens of ms a page fault at a time. Resolves once done; probes
 * and signals are answered between the pieces.
 *
 * @example await readyHeapMemory(2 * process.memoryUsage().arrayBuffers);
 */
export async function readyHeapMemory(bytes: number): Promise<void> {
  // Held to the end, so that no piece is made of memory an earlier one freed.
  const pieces: Uint8Array[] = [];
  for (let made = 0; made < bytes; made += PIECE_BYTES) {
    const piece = new Uint8Array(Math.min(PIECE_BYTES, bytes - made));
    // calloc leaves memory new to the heap as the system gave it (known to be zeros), not brought in.
    for (let page = 0; page < piece.length; page += PAGE_BYTES) piece[page] = 1;
    pieces.push(piece);
    await new Promise((resolve) => setImmediate(resolve));
  }
  pieces.length = 0;
  collectGarbage();
}
