// Measures author identity on a labelled corpus (bench/generator/LabelledPapers.ts):
// pairwise and B-cubed precision, recall and F1 over authorships for our
// merging resolution next to two baselines (every exact spelling its own
// person; spellings equal once folded one person), then where merging goes
// wrong: variants missed and people falsely merged, by kind.
// Usage: npx tsx bench/identity.ts [--papers 60000] [--seed 1] [--variant-people 0.4] [--variant-use 0.5] [--homonyms 0.03]
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createMergingResolver } from '../src/graph/identity/createMergingResolver.ts';
import { parseName } from '../src/graph/identity/parseName.ts';
import type { IdentityMerge } from '../src/graph/identity/IdentityResolver.ts';
import { nameKey } from '../src/graph/text/nameKey.ts';
import { generateLabelledPapers } from './generator/LabelledPapers.ts';
import { clusterScores } from './identity/clusterScores.ts';
import { identityErrors, type KindCount } from './identity/identityErrors.ts';

const { values } = parseArgs({
  options: {
    papers: { type: 'string', default: '60000' },
    seed: { type: 'string', default: '1' },
    'variant-people': { type: 'string', default: '0.4' },
    'variant-use': { type: 'string', default: '0.5' },
    homonyms: { type: 'string', default: '0.03' },
  },
});
const options = {
  papers: number('--papers', values.papers, 1, Number.MAX_SAFE_INTEGER, true),
  seed: number('--seed', values.seed, 0, 2 ** 31, true),
  variantPeople: number('--variant-people', values['variant-people'], 0, 1),
  variantUse: number('--variant-use', values['variant-use'], 0, 1),
  homonyms: number('--homonyms', values.homonyms, 0, 1),
};

const corpus = generateLabelledPapers(options);
const { records, people, personAt } = corpus;
const appearing = new Set(personAt);
let variantAuthorships = 0;
let at = 0;
for (const { authors } of records) for (const spelling of authors) if (spelling !== people[personAt[at++]!]!.name) variantAuthorships++;
const homonymPeople = new Set(people.flatMap(({ homonymOf }, person) => (homonymOf >= 0 && appearing.has(person) && appearing.has(homonymOf) ? [person, homonymOf] : [])));
console.log(`identity bench: ${JSON.stringify(options)}`);
console.log(
  `corpus: ${records.length} papers, ${appearing.size} people, ${personAt.length} authorships, ` +
    `${percent(variantAuthorships / personAt.length)} of them a variant spelling, ${homonymPeople.size} people sharing a name with another\n`,
);

// A resolution's person key of one authorship: its spelling on record `record`.
type KeyAt = (spelling: string, record: number) => string;
const resolutions: { name: string; keyAt: KeyAt; mergesOf: (key: string) => readonly IdentityMerge[]; seconds: number }[] = [
  { name: 'exact spelling', keyAt: nameKey, mergesOf: () => [], seconds: 0 },
  { name: 'folded spelling', keyAt: (spelling) => parseName(spelling).key, mergesOf: () => [], seconds: 0 },
];
const started = performance.now();
const merged = createMergingResolver()(records);
const keyAt: KeyAt = (spelling, record) => {
  const key = merged.personKeyOf(spelling);
  return merged.keyInRecord?.(key)?.(record) ?? key;
};
resolutions.push({ name: "identity: 'merge'", keyAt, mergesOf: (key) => merged.mergesOf(key), seconds: (performance.now() - started) / 1000 });

console.log('| resolution | pairwise P | pairwise R | pairwise F1 | B³ P | B³ R | B³ F1 | clusters |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const { name, keyAt: keyOf } of resolutions) {
  const labels = new Map<string, number>();
  let spellingAt = 0;
  const predicted = new Int32Array(personAt.length);
  for (const [record, { authors }] of records.entries()) {
    for (const spelling of authors) {
      const key = keyOf(spelling, record);
      let label = labels.get(key);
      if (label === undefined) labels.set(key, (label = labels.size));
      predicted[spellingAt++] = label;
    }
  }
  const { pairwise, bcubed } = clusterScores(personAt, predicted);
  const figures = [pairwise.precision, pairwise.recall, pairwise.f1, bcubed.precision, bcubed.recall, bcubed.f1].map((x) => (100 * x).toFixed(2));
  console.log(`| ${name} | ${figures.join(' | ')} | ${labels.size} |`);
}
console.log(`\nmerging took ${resolutions.at(-1)!.seconds.toFixed(2)} s`);

const merging = resolutions.at(-1)!;
const { misses, falseMerges } = identityErrors(corpus, merging.keyAt, merging.mergesOf);
printKinds("variants the merge leaves apart (of the variant spellings used by a person who also used the usual one)", misses);
printKinds('people wrongly merged, pairs by what joined them', falseMerges);

function printKinds(title: string, counts: readonly KindCount[]): void {
  console.log(`\n${title}:`);
  for (const { kind, count, of, examples } of counts) {
    const share = of === undefined ? '' : ` of ${of} (${percent(count / of)})`;
    console.log(`  ${kind}: ${count}${share}${examples.length > 0 ? `, e.g. ${examples.join('; ')}` : ''}`);
  }
}

function percent(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

function number(flag: string, text: string | undefined, least: number, most: number, whole = false): number {
  const value = Number(text);
  if (text === undefined || Number.isNaN(value) || value < least || value > most || (whole && !Number.isSafeInteger(value))) {
    throw new Error(`${flag} must be a ${whole ? 'whole ' : ''}number from ${least} to ${most}, got "${text}"`);
  }
  return value;
}
