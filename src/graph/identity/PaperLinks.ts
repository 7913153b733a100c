/**
 * One spelling's papers (by their index among its papers) linked into sets
 * in a union-find, the first step of telling homonyms apart (see
 * `splitHomonyms`): reused from spelling to spelling, so that hundreds of
 * thousands of spellings cost no array of their own. The smaller index of
 * two linked sets stays the root.
 *
 * @example
 * const links = new PaperLinks(mostPapers);
 * if (links.linkByCoauthors(papers, from, to, own, offsets, limit, rootIds) >= 2) links.find(0);
 */
export class PaperLinks {
  /** Papers a group needs before it may count as a person of its own. */
  static readonly MIN_GROUP_PAPERS = 2;

  /** By paper (index among the spelling's): its parent in the union-find. */
  readonly parent: Int32Array;
  /** By a set's root: its papers, as `linkByCoauthors` counted them. */
  readonly sizes: Uint32Array;
  readonly #firstPapers = new FirstPapers();

  constructor(mostPapers: number) {
    this.parent = new Int32Array(mostPapers);
    this.sizes = new Uint32Array(mostPapers);
  }

  /**
   * Links the papers `papers[from .. to)` that share a coauthor other than
   * the spelling's own cluster `own`, reading each byline's cluster roots in
   * `rootIds` (by authorship, from `offsets` by paper) unless it has more
   * than `limit` authors, and counts each set's papers; returns how many
   * sets hold `PaperLinks.MIN_GROUP_PAPERS` or more. Nearly every spelling is decided
   * here, so it reads typed arrays only and makes no closure.
   */
  linkByCoauthors(papers: Uint32Array, from: number, to: number, own: number, offsets: Uint32Array, limit: number, rootIds: Uint32Array): number {
    const count = to - from;
    const { parent, sizes } = this;
    let authorships = 0;
    for (let i = 0; i < count; i++) {
      parent[i] = i;
      const length = offsets[papers[from + i]! + 1]! - offsets[papers[from + i]!]!;
      if (length <= limit) authorships += length;
    }
    this.#firstPapers.reset(authorships);
    for (let i = 0; i < count; i++) {
      const start = offsets[papers[from + i]!]!;
      const end = offsets[papers[from + i]! + 1]!;
      if (end - start > limit) continue;
      for (let k = start; k < end; k++) {
        const coauthor = rootIds[k]!;
        if (coauthor === own) continue;
        const first = this.#firstPapers.firstOrAdd(coauthor, i);
        if (first >= 0) this.unite(i, first);
      }
    }
    sizes.fill(0, 0, count);
    for (let i = 0; i < count; i++) sizes[this.find(i)]!++;
    let large = 0;
    for (let i = 0; i < count; i++) if (parent[i] === i && sizes[i]! >= PaperLinks.MIN_GROUP_PAPERS) large++;
    return large;
  }

  /** The root of `i`'s set, halving the path on the way. */
  find(i: number): number {
    const { parent } = this;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  /** Joins the sets of `i` and `j`. */
  unite(i: number, j: number): void {
    const x = this.find(i);
    const y = this.find(j);
    if (x !== y) this.parent[Math.max(x, y)] = Math.min(x, y);
  }
}

/**
 * The paper (index among one spelling's papers) each coauthor was first seen
 * on: an open-addressing table sized to the spelling's bylines, emptied for
 * each spelling. Its few cache lines stay hot, where an array by variant
 * would be read at a random place for every authorship of every spelling.
 */
class FirstPapers {
  #keys = new Uint32Array(64);
  #papers = new Uint32Array(64);
  #mask = 63;
  #shift = 26;

  /** Empties the table, with room for `count` coauthors. */
  reset(count: number): void {
    let bits = 6;
    while (1 << bits < 2 * count) bits++;
    if (1 << bits > this.#keys.length) [this.#keys, this.#papers] = [new Uint32Array(1 << bits), new Uint32Array(1 << bits)];
    else this.#keys.fill(0, 0, 1 << bits);
    [this.#mask, this.#shift] = [(1 << bits) - 1, 32 - bits];
  }

  /** The paper `coauthor` was first seen on; -1 when this is the first time, and `paper` is kept as it. */
  firstOrAdd(coauthor: number, paper: number): number {
    const key = coauthor + 1;
    // Fibonacci hashing: the high bits of the product spread consecutive numbers.
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.#shift; ; slot = (slot + 1) & this.#mask) {
      const found = this.#keys[slot]!;
      if (found === key) return this.#papers[slot]!;
      if (found === 0) {
        this.#keys[slot] = key;
        this.#papers[slot] = paper;
        return -1;
      }
    }
  }
}
