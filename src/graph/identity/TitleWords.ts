import type { PaperRecord } from '../../ingest/PaperRecord.ts';
import { runAtOnce } from '../store/steps/runAtOnce.ts';
import type { Steps } from '../store/steps/Steps.ts';
import { foldText } from '../text/foldText.ts';

/** A spelling's title words: word ids ascending, each with its TF-IDF weight, scaled to unit length. */
interface WordVector {
  readonly words: Int32Array;
  readonly weights: Float64Array;
}

/** How alike two spellings' titles are, and the words that make them so. */
export interface TitleLikeness {
  /** Cosine of the two TF-IDF vectors, 0 (no informative word shared) to 1. */
  readonly cosine: number;
  /** The shared words that weigh most, at most three, strongest first. */
  readonly words: readonly string[];
}

// Words this short are mostly articles and prepositions; the IDF would
// weigh them down anyway, but skipping them keeps the vectors small.
const MIN_WORD_LENGTH = 3;
// Titles folded and split between pauses: about a millisecond's worth.
const PAPERS_PER_STEP = 512;
const EMPTY: WordVector = { words: new Int32Array(0), weights: new Float64Array(0) };

/**
 * TF-IDF vectors of the words in each spelling's titles, compared by cosine.
 * Document frequencies are counted once over every title, in steps by
 * `countDocuments` or else on first use; a
 * spelling's vector is built once, on first use, from its own papers only, so
 * the cost grows with the spellings a rule proposes, never with pairs of a block.
 *
 * @example
 * const titles = new TitleWords(records);
 * titles.likeness(variants[a]!.papers, a, variants[b]!.papers, b).cosine // 0.42
 */
export class TitleWords {
  readonly #ids = new Map<string, number>();
  readonly #spelled: string[] = [];
  #idf: Float64Array | undefined;
  readonly #vectors = new Map<number, WordVector>();

  constructor(private readonly records: readonly PaperRecord[]) {}

  /** Counts the words of every title now, pausing between papers, rather than all at once on first use. */
  *countDocuments(): Steps<void> {
    this.#idf ??= yield* this.#documentFrequencies();
  }

  /** Likeness of the titles of spellings `a` and `b`, given their papers. */
  likeness(papersOfA: readonly number[], a: number, papersOfB: readonly number[], b: number): TitleLikeness {
    const [x, y] = [this.#vectorOf(a, papersOfA), this.#vectorOf(b, papersOfB)];
    let cosine = 0;
    const shared: { word: number; weight: number }[] = [];
    // Both word lists are ascending: one merge-like walk finds the common words.
    for (let i = 0, j = 0; i < x.words.length && j < y.words.length; ) {
      const [wx, wy] = [x.words[i]!, y.words[j]!];
      if (wx < wy) i++;
      else if (wx > wy) j++;
      else {
        const weight = x.weights[i++]! * y.weights[j++]!;
        cosine += weight;
        shared.push({ word: wx, weight });
      }
    }
    shared.sort((p, q) => q.weight - p.weight || p.word - q.word);
    return { cosine: Math.min(1, cosine), words: shared.slice(0, 3).map(({ word }) => this.#spelled[word]!) };
  }

  #vectorOf(index: number, papers: readonly number[]): WordVector {
    let vector = this.#vectors.get(index);
    if (vector === undefined) this.#vectors.set(index, (vector = this.#build(papers)));
    return vector;
  }

  #build(papers: readonly number[]): WordVector {
    const idf = (this.#idf ??= runAtOnce(this.#documentFrequencies()));
    const counts = new Map<number, number>();
    for (const paper of papers) for (const word of this.#wordsOf(paper)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const entries = [...counts].map(([word, count]) => [word, count * idf[word]!] as const).filter(([, weight]) => weight > 0);
    if (entries.length === 0) return EMPTY;
    entries.sort(([p], [q]) => p - q);
    let squares = 0;
    for (const [, weight] of entries) squares += weight * weight;
    const length = Math.sqrt(squares);
    return { words: Int32Array.from(entries, ([word]) => word), weights: Float64Array.from(entries, ([, weight]) => weight / length) };
  }

  /** ln(papers ÷ papers with the word): a word in every title weighs nothing. */
  *#documentFrequencies(): Steps<Float64Array> {
    const documents: number[] = [];
    let titled = 0;
    for (let paper = 0; paper < this.records.length; paper++) {
      if (paper % PAPERS_PER_STEP === 0) yield;
      const words = this.#wordsOf(paper);
      if (words.size > 0) titled++;
      for (const word of words) documents[word] = (documents[word] ?? 0) + 1;
    }
    return Float64Array.from(documents, (count) => Math.log(titled / count));
  }

  /** The distinct words of a paper's title, as ids. */
  #wordsOf(paper: number): Set<number> {
    const { title } = this.records[paper]!;
    const words = new Set<number>();
    if (title === undefined) return words;
    for (const word of foldText(title).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < MIN_WORD_LENGTH) continue;
      let id = this.#ids.get(word);
      if (id === undefined) {
        this.#ids.set(word, (id = this.#spelled.length));
        this.#spelled.push(word);
      }
      words.add(id);
    }
    return words;
  }
}
