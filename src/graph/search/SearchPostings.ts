import { GrowingUint32Array } from '../store/GrowingUint32Array.ts';
import { StringNumbers } from '../store/StringNumbers.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { hashText } from '../text/hashText.ts';
import { wordEnd, wordStart } from './searchWords.ts';

/**
 * What `SearchPostings` gathered, as plain data that can cross to another
 * thread: its words numbered in order of first appearance, its postings
 * (word number, `posting(document, weight)`) in the order added, and the
 * whole-text hashes of its names and titles with their documents.
 */
export interface PostingsPart {
  readonly words: readonly string[];
  readonly postingWords: Uint32Array;
  readonly postingValues: Uint32Array;
  readonly hashes: Uint32Array;
  readonly documents: Uint32Array;
}

/**
 * The postings of folded texts as they are added, document after document,
 * for the search index (see `SearchIndex`): each word looked up where it
 * lies in its text (`wordStart`), and a word met twice in one document and
 * field posted once. The index gathers authors, titles and abstracts each in
 * postings of their own, the titles on a thread of their own during a large
 * load, and joins them in document order (`joinParts`).
 *
 * @example
 * const titles = new SearchPostings();
 * titles.add('constitutional ai', posting(0, FIELD_WEIGHT.title), true);
 * titles.part().words // ['constitutional', 'ai']
 */
export class SearchPostings {
  readonly #words = new StringNumbers();
  readonly #postingWords = new GrowingUint32Array();
  readonly #postingValues = new GrowingUint32Array();
  /** The last posting of each word number, so a word twice in one text is posted once. */
  readonly #lastPosting: number[] = [];
  readonly #hashes = new GrowingUint32Array();
  readonly #documents = new GrowingUint32Array();

  /** Posts each word of `folded` (a `foldText` result) as `entry`, a `posting(document, weight)`; keeps its whole-text hash with `wholeText` (names and titles, not abstracts). */
  add(folded: string, entry: number, wholeText: boolean): void {
    this.#postWords(folded, 0, entry);
    if (wholeText) this.#addWholeText(hashText(folded), entry);
  }

  /**
   * `add` of each line of `lines` from `start` on, as a whole text: the
   * folded spellings an author's `searchText` holds, one a line (a folded
   * text has no line break), posted without a string made of each.
   *
   * @example names.addLines('tim maxwell\ntimothy maxwell', 0, posting(0, NAME_WEIGHT)) // as add('tim maxwell', …, true) and add('timothy maxwell', …, true)
   */
  addLines(lines: string, start: number, entry: number): void {
    this.#postWords(lines, start, entry);
    for (let from = start; from <= lines.length; ) {
      const end = lineEnd(lines, from);
      this.#addWholeText(hashText(lines, from, end), entry);
      from = end + 1;
    }
  }

  /** What was gathered; the postings are done once they have given it. */
  part(): PostingsPart {
    return {
      words: this.#words.strings,
      postingWords: this.#postingWords.values(),
      postingValues: this.#postingValues.values(),
      hashes: this.#hashes.values(),
      documents: this.#documents.values(),
    };
  }

  #postWords(text: string, from: number, entry: number): void {
    for (let start = wordStart(text, from), end = 0; start !== -1; start = wordStart(text, end)) {
      end = wordEnd(text, start);
      const number = this.#words.numberOfSlice(text, start, end);
      if (this.#lastPosting[number] === entry) continue;
      this.#lastPosting[number] = entry;
      this.#postingWords.push(number);
      this.#postingValues.push(entry);
    }
  }

  #addWholeText(hash: number, entry: number): void {
    this.#hashes.push(hash);
    this.#documents.push(entry >>> 2);
  }
}

/** Where the line of `lines` that starts at `from` ends: at its line break, or at the end. */
function lineEnd(lines: string, from: number): number {
  const end = lines.indexOf('\n', from);
  return end === -1 ? lines.length : end;
}

/**
 * The postings of `parts` as one part, in document order: each part's own
 * postings are in document order, its documents shifted by its `offset`
 * in the join, and the join walks them side by side, the postings of a
 * document that several parts post (a paper's title and its abstract)
 * taken part by part in the order given. Words are numbered again across
 * the parts. As steps (see `Steps`).
 *
 * @example const joined = yield* joinParts([{ part: names, offset: 0 }, { part: titles, offset: authorCount }, { part: abstracts, offset: authorCount }]);
 */
export function* joinParts(parts: readonly JoinedPart[]): Steps<PostingsPart> {
  const words = new StringNumbers();
  const count = parts.reduce((sum, { part }) => sum + part.postingWords.length, 0);
  const join: Join = {
    parts,
    numbers: parts.map(({ part }) => Uint32Array.from(part.words, (word) => words.numberOf(word))),
    next: parts.map(() => 0),
    postingWords: new Uint32Array(count),
    postingValues: new Uint32Array(count),
    filled: 0,
  };
  while (join.filled < count) {
    yield;
    joinDocuments(join);
  }
  const hashes = new Uint32Array(parts.reduce((sum, { part }) => sum + part.hashes.length, 0));
  const documents = new Uint32Array(hashes.length);
  let at = 0;
  for (const { part, offset } of parts) {
    hashes.set(part.hashes, at);
    for (let k = 0; k < part.documents.length; k++) documents[at + k] = part.documents[k]! + offset;
    at += part.hashes.length;
  }
  return { words: words.strings, postingWords: join.postingWords, postingValues: join.postingValues, hashes, documents };
}

/** A part to join, its documents numbered `offset` on in the joined part. */
export interface JoinedPart {
  readonly part: PostingsPart;
  readonly offset: number;
}

/** The join under way: each part's word numbers in the joined part, its next posting, and the postings filled so far. */
interface Join {
  readonly parts: readonly JoinedPart[];
  readonly numbers: readonly Uint32Array[];
  readonly next: number[];
  readonly postingWords: Uint32Array;
  readonly postingValues: Uint32Array;
  filled: number;
}

// Postings joined between two pauses.
const POSTINGS_PER_SLICE = 1 << 18;

/**
 * Joins the next postings, a slice of them: the part whose next document
 * is lowest (the first such part, on a tie) gives all its postings up to
 * the next document another part must give first, in one run. Parts
 * rarely interleave (every name comes before every paper), so the runs
 * are long. A plain function: V8 optimises loops in generators poorly.
 */
function joinDocuments(join: Join): void {
  const { parts, numbers, next, postingWords, postingValues } = join;
  const until = Math.min(postingWords.length, join.filled + POSTINGS_PER_SLICE);
  let { filled } = join;
  while (filled < until) {
    let first = -1;
    let lowest = Infinity;
    for (let p = 0; p < parts.length; p++) {
      const document = nextDocument(parts[p]!, next[p]!);
      if (document < lowest) {
        first = p;
        lowest = document;
      }
    }
    // The first document of `first` that another part's postings precede: that part's next document, or the one after it for a part after `first`, which gives way on a tie.
    let bound = Infinity;
    for (let p = 0; p < parts.length; p++) if (p !== first) bound = Math.min(bound, nextDocument(parts[p]!, next[p]!) + (p > first ? 1 : 0));
    const { part, offset } = parts[first]!;
    const values = part.postingValues;
    const words = part.postingWords;
    const number = numbers[first]!;
    let k = next[first]!;
    for (; k < values.length && filled < until && (values[k]! >>> 2) + offset < bound; k++) {
      postingWords[filled] = number[words[k]!]!;
      postingValues[filled++] = values[k]! + offset * 4;
    }
    next[first] = k;
  }
  join.filled = filled;
}

/** The document of part `joined`'s posting `k` in the join, or Infinity past its last. */
function nextDocument({ part, offset }: JoinedPart, k: number): number {
  return k < part.postingValues.length ? (part.postingValues[k]! >>> 2) + offset : Infinity;
}
