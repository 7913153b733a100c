import { describe, expect, it } from 'vitest';
import type { Variant } from '../src/graph/identity/collectVariants.ts';
import { type KeyWriter, groupVariantsByKey } from '../src/graph/identity/groupVariantsByKey.ts';
import { parseName } from '../src/graph/identity/parseName.ts';
import { runAtOnce } from '../src/graph/store/steps/runAtOnce.ts';
import { hashText } from '../src/graph/text/hashText.ts';

const variant = (spelling: string): Variant => ({ key: spelling.toLowerCase(), spelling, parsed: parseName(spelling), paperCount: 1, papers: [0] });
/** Writes variant i's keys from `keys[i]`, each in two parts, as a name's keys are built. */
const writeFrom =
  (variants: readonly Variant[], keys: readonly (readonly string[])[]) =>
  (v: Variant, writer: KeyWriter): void => {
    for (const key of keys[variants.indexOf(v)]!) {
      writer.add(key, 0, 2);
      writer.add(key, 2);
      writer.end();
    }
  };

describe('grouping variants by key', () => {
  it('groups the variants that share a key, in the order the keys first come, a member each time a variant gives the key', () => {
    const variants = ['Ann Lee', 'Bo Li', 'Cy Lee', 'Di Li', 'Ed Wu'].map(variant);
    // By surname, and Cy gives "lee" twice; Ed's "wu" is his alone.
    const keys = [['lee'], ['li', 'x'], ['lee', 'lee'], ['x', 'li'], ['wu']];
    expect(runAtOnce(groupVariantsByKey(variants, writeFrom(variants, keys)))).toEqual([
      [0, 2, 2],
      [1, 3],
      [1, 3],
    ]);
  });

  it('keeps keys apart whose hashes are equal', () => {
    expect(hashText('costarring')).toBe(hashText('liquid'));
    const variants = ['Ann Lee', 'Bo Li', 'Cy Lee', 'Di Li'].map(variant);
    const keys = [['costarring'], ['liquid'], ['costarring'], ['liquid']];
    expect(runAtOnce(groupVariantsByKey(variants, writeFrom(variants, keys)))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('keeps keys apart whose first hashes are equal by their second hash when it need not be exact', () => {
    const variants = ['Ann Lee', 'Bo Li', 'Cy Lee', 'Di Li'].map(variant);
    const keys = [['costarring'], ['liquid'], ['costarring'], ['liquid', 'lee']];
    expect(runAtOnce(groupVariantsByKey(variants, writeFrom(variants, keys), { exact: false }))).toEqual([
      [0, 2],
      [1, 3],
    ]);
  });

  it('groups keys written on from a mark as the same keys written whole, dropping a key a variant leaves unended', () => {
    const variants = ['Ann Lee', 'Bo Li', 'Cy Lee'].map(variant);
    // "costarring" and "liquid" share a hash, so an exact grouping writes the keys again as text, marks and all.
    const writeKeys = (v: Variant, writer: KeyWriter): void => {
      if (v === variants[0]) {
        writer.add('co');
        writer.mark();
        writer.add('starring');
        writer.end();
        writer.restore();
        writer.add('sta');
        writer.end();
        writer.restore();
        writer.add('left unended');
      } else if (v === variants[1]) {
        writer.add('liquid');
        writer.end();
      } else {
        for (const key of ['costa', 'costarring', 'liquid']) {
          writer.add(key);
          writer.end();
        }
      }
    };
    for (const exact of [true, false]) {
      expect(runAtOnce(groupVariantsByKey(variants, writeKeys, { exact }))).toEqual([
        [0, 2],
        [0, 2],
        [1, 2],
      ]);
    }
  });
});
