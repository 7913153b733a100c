import { describe, expect, it } from 'vitest';
import { clusterScores } from '../bench/identity/clusterScores.ts';

// Five items: people A = {1, 2, 3} and B = {4, 5}; the prediction puts 3 with B.
const truth = [0, 0, 0, 1, 1];
const predicted = [7, 7, 9, 9, 9];

describe('clusterScores', () => {
  it('counts pairs: 2 of the 4 predicted pairs are true, and 2 of the 4 true pairs are found', () => {
    expect(clusterScores(truth, predicted).pairwise).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('averages B-cubed over items: (1 + 1 + 1/3 + 2/3 + 2/3) / 5 for precision, (2/3 + 2/3 + 1/3 + 1 + 1) / 5 for recall', () => {
    const { bcubed } = clusterScores(truth, predicted);
    expect(bcubed.precision).toBeCloseTo(11 / 15, 12);
    expect(bcubed.recall).toBeCloseTo(11 / 15, 12);
    expect(bcubed.f1).toBeCloseTo(11 / 15, 12);
  });

  it('gives one cluster of everything full recall and the precision of the pairs that are true', () => {
    const { pairwise, bcubed } = clusterScores(truth, [0, 0, 0, 0, 0]);
    expect([pairwise.precision, pairwise.recall]).toEqual([0.4, 1]);
    expect(pairwise.f1).toBeCloseTo(4 / 7, 12);
    expect(bcubed.precision).toBeCloseTo((3 * 3) / 5 / 5 + (2 * 2) / 5 / 5, 12);
    expect(bcubed.recall).toBe(1);
  });

  it('refuses labels of different lengths, saying how many of each', () => {
    expect(() => clusterScores([0, 1], [0])).toThrow('clusterScores: 2 true labels but 1 predicted');
  });
});
