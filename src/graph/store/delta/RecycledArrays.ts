import { ROOM_TO_GROW } from '../sharedArray.ts';

/** The arrays a change takes from `RecycledArrays`. */
export type RecyclableArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** A constructor of `RecyclableArray`s, over `length` elements of a buffer from its start. */
export interface RecyclableType<T extends RecyclableArray> {
  new (length: number): T;
  new (buffer: SharedArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
}

export interface RecyclingOptions {
  /** Arrays smaller than this many bytes are made as usual: V8 frees them young, and cheaply. */
  readonly fromBytes: number;
  /** After this many bytes lent since the last collection it started, the pool starts one (see `collect`). */
  readonly collectEvery: number;
  /** Memory waiting to be lent beyond this many bytes is let go, the smallest buffers first. */
  readonly keepAtMost: number;
}

// V8 starts a full collection once the ArrayBuffer memory made since the last one passes 64 MB
// (it does not count shared memory): a buffer of a little more starts one.
const COUNTED_BYTES = 65 * 2 ** 20;
// A buffer serves an array this much smaller at most: a million-paper search index's buffer is not lent for a million-author column.
const MOST_SLACK = 1.25;

/**
 * Memory for the large arrays a change makes, taken back from the arrays of
 * the graphs no request reads any more. A change on a million papers makes
 * some 110 MB of arrays, most of them the same arrays as the change before
 * it, a little larger; made anew, each asked the system for fresh pages (or
 * glibc to zero them), and every 64 MB of them set off a full collection,
 * every 32 MB of them a young one, 2.4 and 4 a change, whose pauses a read
 * that came meanwhile waited out (see bench/README.md, "Curation: a
 * change's arrays on memory taken back").
 *
 * Each array is lent on shared memory (which V8 does not count towards a
 * collection), through an object of its own over that memory
 * (`structuredClone` of a shared buffer shares its memory): once the
 * collector has found no array, view or subarray left on that object,
 * nothing reads the memory, and it is lent again. Since nothing the pool
 * lends starts a collection, the pool starts one itself (`collect`), an
 * incremental one like those the arrays started: when its user says (a
 * server, as each change starts) and after every `collectEvery` bytes it
 * lends.
 *
 * An array taken holds what the last array on its memory left (`zeroed`
 * fills it): a caller writes every slot before it reads it.
 *
 * @example
 * const values = changeArrays.array(Uint32Array, length); // values[k] is written before it is read
 * const offsets = changeArrays.zeroed(Uint32Array, keys + 1);
 */
export class RecycledArrays {
  readonly #options: RecyclingOptions;
  /** Memory no array is on, smallest first. */
  #free: SharedArrayBuffer[] = [];
  #lentSinceCollection = 0;
  readonly #returned = new FinalizationRegistry<SharedArrayBuffer>((buffer) => this.#giveBack(buffer));

  constructor(options: RecyclingOptions) {
    this.#options = options;
  }

  /** An array of `length` `Type`s whose slots hold whatever was there: the caller writes each before reading it. */
  array<T extends RecyclableArray>(Type: RecyclableType<T>, length: number): T {
    const bytes = Type.BYTES_PER_ELEMENT * length;
    if (bytes < this.#options.fromBytes) return new Type(length);
    const found = this.#free.findIndex((buffer) => buffer.byteLength >= bytes);
    const buffer =
      found !== -1 && this.#free[found]!.byteLength <= bytes * MOST_SLACK
        ? this.#free.splice(found, 1)[0]!
        // Room to grow: the next change asks for the same arrays a little larger.
        : new SharedArrayBuffer(Math.ceil(bytes * ROOM_TO_GROW));
    const lent = structuredClone(buffer);
    this.#returned.register(lent, buffer);
    this.#lentSinceCollection += buffer.byteLength;
    if (this.#lentSinceCollection >= this.#options.collectEvery) this.collect();
    return new Type(lent, 0, length);
  }

  /**
   * Starts an incremental collection, which gives back the memory of the
   * arrays nothing reads any more once it ends: V8 counts none of the
   * memory lent, so nothing else starts one for it. With nothing lent
   * since it last started one, it starts none: a change on a small graph,
   * whose arrays are all made as usual, leaves collections to V8. It makes
   * a counted buffer of 65 MB, never written, and at once hands its memory
   * to a message port closed before it reads it, which frees it: V8 counts
   * it for as long as it takes to start the collection. Never written, not
   * even zeroed: in a server that keeps freed memory (see
   * `relaunchWithHugePages`) glibc serves it from its heaps, and zeroing
   * it took 6.5-7.5 ms a change at a million papers, most of the slice
   * that starts the collection (see bench/README.md, "Curation: the
   * collection's buffer left unzeroed"). A buffer left counted until the
   * collection freed it kept the process over V8's limit meanwhile, and V8
   * then ran a step of the marking, or its final pause, inside whatever
   * made the next buffer, a read's socket buffer as often as a change's
   * array; and, a young object, it set off a young collection first (see
   * bench/README.md, "Curation: the collection started with a change").
   *
   * @example changeArrays.collect(); // the graphs before the last change are garbage: their arrays come back during this one
   */
  collect(): void {
    if (this.#lentSinceCollection === 0) return;
    this.#lentSinceCollection = 0;
    const counted = Buffer.allocUnsafeSlow(COUNTED_BYTES).buffer;
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(counted, [counted]);
    // Closing the receiving end drops the message, and the memory with it.
    port2.close();
  }

  /** An array of `length` `Type`s, every slot 0. */
  zeroed<T extends RecyclableArray>(Type: RecyclableType<T>, length: number): T {
    return this.array(Type, length).fill(0) as T;
  }

  /** Bytes of memory waiting to be lent again. */
  get freeBytes(): number {
    return this.#free.reduce((sum, buffer) => sum + buffer.byteLength, 0);
  }

  /** Keeps `buffer`, whose lent object the collector found unread, for a later array; the smallest are let go once more than `keepAtMost` bytes wait. */
  #giveBack(buffer: SharedArrayBuffer): void {
    const at = this.#free.findIndex((other) => other.byteLength >= buffer.byteLength);
    this.#free.splice(at === -1 ? this.#free.length : at, 0, buffer);
    let waiting = this.freeBytes;
    while (waiting > this.#options.keepAtMost) waiting -= this.#free.shift()!.byteLength;
  }
}

/**
 * The arrays of a change (see `RecycledArrays`): from 1 MB. A server starts
 * a collection as each change starts (`Curator`); one every 256 MB lent
 * besides, for a change larger than the 85–130 MB a change lends on a
 * million papers. Up to 192 MB, about two changes' worth, waits.
 */
export const changeArrays = new RecycledArrays({ fromBytes: 2 ** 20, collectEvery: 256 * 2 ** 20, keepAtMost: 192 * 2 ** 20 });
