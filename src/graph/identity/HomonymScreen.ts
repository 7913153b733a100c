import { sharedArray } from '../store/sharedArray.ts';
import type { Steps } from '../store/steps/Steps.ts';
import type { VariantBylines } from './collectVariants.ts';
import { PaperLinks } from './PaperLinks.ts';

// Spellings screened per claim: a few milliseconds of work, which is what the main thread does again for a claim the worker has not finished.
const CHUNK = 1024;
// Authorships given their roots between pauses.
const PER_STEP = 64 * 1024;

/** What a screen reads and writes, all in shared memory, so that a worker thread takes part without a copy. */
export interface HomonymScreenArrays {
  /** The papers (record indices) of variant v are `papers[paperStarts[v] .. paperStarts[v + 1])`: the bylines' own (`VariantPapers`). */
  readonly paperStarts: Uint32Array;
  readonly papers: Uint32Array;
  /** By record, as `VariantBylines.offsets`: where its byline starts in `rootIds`. */
  readonly offsets: Uint32Array;
  /** By authorship: the cluster root of its spelling. */
  readonly rootIds: Uint32Array;
  /** By variant: its cluster root. */
  readonly rootOf: Uint32Array;
  /** Bylines longer than this link nothing. */
  readonly limit: number;
  readonly mostPapers: number;
  /** By variant, the answer: 1 when its papers fall into two or more large sets by coauthors. */
  readonly several: Uint8Array;
  /** The next chunk of variants to claim, then by chunk c at 1 + c: 1 once it is screened. */
  readonly claims: Int32Array;
}

/**
 * The first test of `splitHomonyms`, for every spelling at once: whether a
 * spelling's papers fall into two or more sets of `PaperLinks.MIN_GROUP_PAPERS` that
 * share no coauthor (`PaperLinks.linkByCoauthors`). On a million papers
 * that reads four hundred thousand spellings' bylines at scattered places,
 * a second of waiting on memory, and leaves a few percent of them for the
 * rest of the test. Threads claim chunks of spellings in turn, so a worker
 * thread (see `homonymScreenBeside`) halves that second while this one
 * screens too, and a worker that starts late or stops only leaves more
 * chunks to this one.
 *
 * @example
 * const screen = yield* HomonymScreen.of(bylines, rootOf, limit);
 * yield* screen.screenAll();
 * screen.arrays.several[v] // 1: v's papers need a closer look
 */
export class HomonymScreen {
  constructor(readonly arrays: HomonymScreenArrays) {}

  /** A screen of the variants in `bylines` with the cluster roots `rootOf`, nothing claimed yet, its arrays in shared memory, as steps (see `Steps`). */
  static *of({ offsets, variantIds, paperStarts, papers }: VariantBylines, rootOf: Uint32Array, limit: number): Steps<HomonymScreen> {
    // Each byline is read once per author on it, scattered: a byline's roots side by side spare a lookup per read.
    const rootIds = sharedArray(Uint32Array, variantIds.length);
    for (let k = 0; k < variantIds.length; k = rootsOfAuthorships(variantIds, rootOf, rootIds, k)) yield;
    let mostPapers = 0;
    for (let v = 0; v + 1 < paperStarts.length; v++) mostPapers = Math.max(mostPapers, paperStarts[v + 1]! - paperStarts[v]!);
    const shared = (values: Uint32Array) => {
      const copy = sharedArray(Uint32Array, values.length);
      copy.set(values);
      return copy;
    };
    const chunks = Math.ceil(rootOf.length / CHUNK);
    return new HomonymScreen({
      paperStarts,
      papers,
      offsets: shared(offsets),
      rootIds,
      rootOf: shared(rootOf),
      limit,
      mostPapers,
      several: sharedArray(Uint8Array, rootOf.length),
      claims: new Int32Array(new SharedArrayBuffer(4 * (1 + chunks))),
    });
  }

  /** Claims chunks and screens them until none is left to claim: a worker thread's part. */
  screenClaimed(): void {
    const links = new PaperLinks(this.arrays.mostPapers);
    for (let chunk = this.#claim(); chunk >= 0; chunk = this.#claim()) this.#screen(chunk, links);
  }

  /**
   * Claims chunks and screens them, as steps, until none is left to claim,
   * then screens again any chunk the worker claimed and has not finished:
   * never waiting for it, so that a worker stopped or slowed half-way holds
   * up nothing, reads between steps included, at the cost of one chunk
   * screened twice, with the same answers.
   */
  *screenAll(): Steps<void> {
    const links = new PaperLinks(this.arrays.mostPapers);
    for (let chunk = this.#claim(); chunk >= 0; chunk = this.#claim()) {
      this.#screen(chunk, links);
      yield;
    }
    const { claims } = this.arrays;
    for (let chunk = 0; chunk + 1 < claims.length; chunk++) {
      if (Atomics.load(claims, 1 + chunk) === 0) this.#screen(chunk, links);
    }
  }

  /** The next chunk no thread has claimed, now claimed; -1 when none is left. */
  #claim(): number {
    const chunk = Atomics.add(this.arrays.claims, 0, 1);
    return chunk + 1 < this.arrays.claims.length ? chunk : -1;
  }

  #screen(chunk: number, links: PaperLinks): void {
    const { paperStarts, papers, offsets, rootIds, rootOf, limit, several, claims } = this.arrays;
    const end = Math.min(several.length, (chunk + 1) * CHUNK);
    for (let v = chunk * CHUNK; v < end; v++) {
      const [from, to] = [paperStarts[v]!, paperStarts[v + 1]!];
      several[v] = to - from >= 2 * PaperLinks.MIN_GROUP_PAPERS && links.linkByCoauthors(papers, from, to, rootOf[v]!, offsets, limit, rootIds) >= 2 ? 1 : 0;
    }
    Atomics.store(claims, 1 + chunk, 1);
  }
}

/** Writes the root of a step's authorships from `from` on; returns the next. A plain function: V8 optimises loops in generators poorly. */
function rootsOfAuthorships(variantIds: Uint32Array, rootOf: Uint32Array, rootIds: Uint32Array, from: number): number {
  const to = Math.min(variantIds.length, from + PER_STEP);
  for (let k = from; k < to; k++) rootIds[k] = rootOf[variantIds[k]!]!;
  return to;
}
