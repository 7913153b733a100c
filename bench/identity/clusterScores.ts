/** Precision, recall and F1, each in [0, 1]. */
export interface Scores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface ClusterScores {
  /** Over pairs of items: a pair is predicted together, truly together, or both. */
  readonly pairwise: Scores;
  /** Per item, averaged (Bagga & Baldwin's B-cubed): how much of its predicted cluster is its true one, and the converse. */
  readonly bcubed: Scores;
}

/**
 * Pairwise and B-cubed scores of a predicted clustering against the truth,
 * both given as one cluster number per item. Computed from the table of
 * (predicted, true) cluster sizes, so the cost is linear in the items even
 * when one cluster holds most of them.
 *
 * @example
 * clusterScores([0, 0, 1], [0, 0, 0]).pairwise // { precision: 1/3, recall: 1, f1: 0.5 }
 */
export function clusterScores(truth: ArrayLike<number>, predicted: ArrayLike<number>): ClusterScores {
  if (truth.length !== predicted.length) throw new Error(`clusterScores: ${truth.length} true labels but ${predicted.length} predicted`);
  const trueSizes = countLabels(truth);
  const predictedSizes = countLabels(predicted);
  // Items per (predicted, true) pair of labels; labels are whole numbers, so a string key is exact.
  const cells = new Map<string, number>();
  for (let i = 0; i < truth.length; i++) {
    const key = `${predicted[i]}:${truth[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
  }
  let bothPairs = 0;
  for (const count of cells.values()) bothPairs += pairs(count);
  let truePairs = 0;
  for (const count of trueSizes.values()) truePairs += pairs(count);
  let predictedPairs = 0;
  for (const count of predictedSizes.values()) predictedPairs += pairs(count);

  // An item in a cell of n shares n items with both its clusters (itself included).
  let bcubedPrecision = 0;
  let bcubedRecall = 0;
  for (const [key, count] of cells) {
    const [p, t] = key.split(':').map(Number) as [number, number];
    bcubedPrecision += (count * count) / predictedSizes.get(p)!;
    bcubedRecall += (count * count) / trueSizes.get(t)!;
  }
  const items = Math.max(truth.length, 1);
  return {
    pairwise: scores(predictedPairs === 0 ? 1 : bothPairs / predictedPairs, truePairs === 0 ? 1 : bothPairs / truePairs),
    bcubed: scores(bcubedPrecision / items, bcubedRecall / items),
  };
}

function countLabels(labels: ArrayLike<number>): Map<number, number> {
  const sizes = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) sizes.set(labels[i]!, (sizes.get(labels[i]!) ?? 0) + 1);
  return sizes;
}

function pairs(count: number): number {
  return (count * (count - 1)) / 2;
}

function scores(precision: number, recall: number): Scores {
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
