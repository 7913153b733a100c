import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';
import { LOCALES, type Locale } from './LOCALES.ts';
import { seededRandom } from './random.ts';
import { TITLE_WORDS, VENUES } from './vocabulary.ts';

/** How a person's other spelling differs from their usual one. */
export type VariantKind = 'initials' | 'middle-dropped' | 'middle-added' | 'surname-typo' | 'nickname' | 'accents-dropped';

export interface LabelledOptions {
  readonly papers: number;
  readonly seed: number;
  /** Share of people who sign some papers with another spelling. */
  readonly variantPeople: number;
  /** Share of such a person's authorships spelled as one of their variants. */
  readonly variantUse: number;
  /** Share of people given the exact name of someone else (a homonym). */
  readonly homonyms: number;
}

export interface LabelledPerson {
  /** The usual spelling. */
  readonly name: string;
  /** Other spellings this person signs with, and how each differs. */
  readonly variants: readonly { readonly spelling: string; readonly kind: VariantKind }[];
  /** Whether the surname is several words (`Alonso Valdez`, `van der Berg`, `De Blasi`). */
  readonly multiWordSurname: boolean;
  /** The person whose name this one copies, when a homonym; else -1. */
  readonly homonymOf: number;
}

export interface LabelledPapers {
  readonly records: PaperRecord[];
  readonly people: readonly LabelledPerson[];
  /** The true person of every authorship, records and bylines in order. */
  readonly personAt: Int32Array;
}

const PEOPLE_PER_PAPER = 0.5;
const CIRCLE_PEOPLE = 20;
const CIRCLE_SHARE = 0.85;
/** Cumulative shares of team sizes 1…6. */
const TEAM_CUMULATIVE = [0.1, 0.35, 0.6, 0.78, 0.9, 1];
/** Pareto shape of productivity. */
const ALPHA = 1.6;
const VENUE_SHARE = 0.8;
const FIRST_YEAR = 1990;
const LAST_YEAR = 2024;
const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';

// Short forms this corpus writes, on purpose independent of the identity
// rules' table so the benchmark measures it: English hypocorisms (Wikipedia,
// "List of English given names" and "Hypocorism"), with Spanish, Portuguese,
// Italian and German ones (Paco, Pepe, Edu, Beppe, Hans).
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ['Bill', 'Will'], robert: ['Bob', 'Rob'], anthony: ['Tony'], edward: ['Ted', 'Ed'], richard: ['Dick', 'Rick'],
  christian: ['Chris'], christopher: ['Chris'], deborah: ['Debbie'], debra: ['Deb'], eduardo: ['Edu'], daniel: ['Dan'],
  thomas: ['Tom'], timothy: ['Tim'], michael: ['Mike'], james: ['Jim'], margaret: ['Peggy', 'Maggie'], katherine: ['Kate'],
  catherine: ['Cathy'], alexander: ['Alex'], alejandro: ['Alex'], francisco: ['Paco'], jose: ['Pepe'], giuseppe: ['Beppe'],
  johannes: ['Hans'], nicholas: ['Nick'], jonathan: ['Jon'], joseph: ['Joe'], patricia: ['Pat'], jennifer: ['Jen'],
  samuel: ['Sam'], benjamin: ['Ben'], henry: ['Harry'], john: ['Jack'], charles: ['Chuck'], elizabeth: ['Beth'],
  matthew: ['Matt'], gregory: ['Greg'], stephen: ['Steve'], steven: ['Steve'], andrew: ['Andy'], susan: ['Sue'],
  rebecca: ['Becky'], kenneth: ['Ken'], ronald: ['Ron'], gerald: ['Jerry'], lawrence: ['Larry'], peter: ['Pete'],
};

/**
 * A labelled corpus for measuring identity resolution: papers whose every
 * authorship knows its true person. People come from the generator's naming
 * traditions (accents included), some with multi-word surnames (Spanish and
 * Portuguese double surnames, `van der`, `von`, `De`); some share one name
 * (homonyms); some sign part of their papers with a variant of known kind.
 * A person writes mostly with their circle, in two venues of it, on a few
 * topic words of it, within a career of some years: the evidence a resolver
 * may use. The same options give the same corpus.
 *
 * @example
 * const { records, personAt } = generateLabelledPapers({ papers: 1000, seed: 1, variantPeople: 0.4, variantUse: 0.5, homonyms: 0.03 });
 */
export function generateLabelledPapers(options: LabelledOptions): LabelledPapers {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const count = Math.max(2, Math.ceil(options.papers * PEOPLE_PER_PAPER));
  const circles = Math.max(1, Math.floor(count / CIRCLE_PEOPLE));

  const people: LabelledPerson[] = [];
  const weight = new Float64Array(count);
  const circleOf = new Int32Array(count);
  const careerStart = new Int32Array(count);
  const careerLength = new Int32Array(count);
  for (let person = 0; person < count; person++) {
    const homonymOf = person > 0 && random() < options.homonyms ? Math.floor(random() * person) : -1;
    const name = homonymOf >= 0 ? nameParts(people[homonymOf]!.name) : newName(random, pick);
    const variants = random() < options.variantPeople ? variantsOf(name, random, pick) : [];
    people.push({ name: spell(name), variants, multiWordSurname: name.surname.includes(' '), homonymOf });
    weight[person] = (1 - random()) ** (-1 / ALPHA);
    circleOf[person] = Math.floor(random() * circles);
    careerStart[person] = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR - 2));
    careerLength[person] = 2 + Math.floor(random() * 14);
  }
  const everyone = drawByWeight(Int32Array.from({ length: count }, (_, person) => person), weight);
  const members: number[][] = Array.from({ length: circles }, () => []);
  for (let person = 0; person < count; person++) members[circleOf[person]!]!.push(person);
  const inCircle = members.map((list) => drawByWeight(Int32Array.from(list), weight));
  const circleVenues = members.map(() => [pick(VENUES), pick(VENUES), pick(VENUES), pick(VENUES)]);
  const circleTopics = members.map(() => Array.from({ length: 8 }, () => pick(TITLE_WORDS)));

  const records: PaperRecord[] = [];
  const personAt: number[] = [];
  for (let index = 1; index <= options.papers; index++) {
    const lead = everyone(random());
    const circle = circleOf[lead]!;
    const size = Math.min(count, 1 + TEAM_CUMULATIVE.findIndex((cumulative) => random() < cumulative));
    const byline = [lead];
    while (byline.length < size) {
      const person = random() < CIRCLE_SHARE ? inCircle[circle]!(random()) : everyone(random());
      if (!byline.includes(person)) byline.push(person);
    }
    const authors = byline.map((person) => {
      const { name, variants } = people[person]!;
      return variants.length > 0 && random() < options.variantUse ? pick(variants).spelling : name;
    });
    personAt.push(...byline);
    const year = Math.min(LAST_YEAR, careerStart[lead]! + Math.floor(random() * (careerLength[lead]! + 1)));
    // The lead's own two of the circle's four venues and five of its eight topic words.
    const topics = circleTopics[circle]!.slice(lead % 4, (lead % 4) + 5);
    const words = Array.from({ length: 3 + Math.floor(random() * 5) }, () => (random() < 0.6 ? pick(topics) : pick(TITLE_WORDS)));
    const title = words.join(' ').replace(/^./u, (letter) => letter.toUpperCase());
    const venue = random() < VENUE_SHARE ? circleVenues[circle]![(lead % 2) * 2 + Math.floor(random() * 2)]! : undefined;
    records.push({ id: `label:${index}`, title, published: `${year}-06-01`, year, ...(venue === undefined ? {} : { venue }), authors });
  }
  return { records, people, personAt: Int32Array.from(personAt) };
}

interface Name {
  readonly given: string;
  /** A middle initial without its dot, or empty. */
  readonly middle: string;
  readonly surname: string;
}

function newName(random: () => number, pick: <T>(list: readonly T[]) => T): Name {
  const locale = pickLocale(random());
  const middle = random() < locale.middleInitialShare ? pick([...MIDDLE_INITIALS]) : '';
  const root = () => pick(locale.surnames.filter((surname) => !surname.includes('-')));
  let surname = pick(locale.surnames);
  const shape = random();
  if ((locale.name === 'Spanish' || locale.name === 'Portuguese') && shape < 0.5) surname = `${root()} ${root()}`;
  else if (locale.name === 'Portuguese' && shape < 0.6) surname = `da ${root()}`;
  else if (locale.name === 'Italian' && shape < 0.15) surname = `${pick(['De', 'Di', 'Della'])} ${surname}`;
  else if (locale.name === 'Dutch' && shape < 0.35) surname = `${pick(['van', 'van der', 'de', 'van den'])} ${surname}`;
  else if (locale.name === 'German' && shape < 0.06) surname = `von ${surname}`;
  else if (locale.name === 'French' && shape < 0.08) surname = `de ${surname}`;
  return { given: pick(locale.given), middle, surname };
}

function pickLocale(u: number): Locale {
  let sum = 0;
  for (const locale of LOCALES) if (u < (sum += locale.weight)) return locale;
  return LOCALES[0]!;
}

/** Only for homonyms: the parts of a spelling this module wrote. */
function nameParts(spelling: string): Name {
  const match = /^(\S+) (?:([A-Z])\. )?(.+)$/u.exec(spelling)!;
  return { given: match[1]!, middle: match[2] ?? '', surname: match[3]! };
}

function spell({ given, middle, surname }: Name): string {
  return middle === '' ? `${given} ${surname}` : `${given} ${middle}. ${surname}`;
}

function variantsOf(name: Name, random: () => number, pick: <T>(list: readonly T[]) => T): LabelledPerson['variants'] {
  const kinds: VariantKind[] = ['initials', name.middle === '' ? 'middle-added' : 'middle-dropped'];
  const lastWord = name.surname.split(' ').at(-1)!;
  if (lastWord.length >= 5) kinds.push('surname-typo');
  const short = SHORT_FORMS[stripAccents(name.given).toLowerCase()];
  if (short !== undefined) kinds.push('nickname');
  if (stripAccents(spell(name)) !== spell(name)) kinds.push('accents-dropped');
  const chosen = new Set([pick(kinds)]);
  if (random() < 0.3) chosen.add(pick(kinds));
  return [...chosen].map((kind) => {
    switch (kind) {
      case 'initials': {
        return { kind, spelling: spell({ ...name, given: name.given.split('-').map((part) => `${part[0]}.`).join(' ') }) };
      }
      case 'middle-added':
        return { kind, spelling: spell({ ...name, middle: pick([...MIDDLE_INITIALS]) }) };
      case 'middle-dropped':
        return { kind, spelling: spell({ ...name, middle: '' }) };
      case 'surname-typo':
        return { kind, spelling: spell({ ...name, surname: `${name.surname.slice(0, -lastWord.length)}${typo(lastWord, random)}` }) };
      case 'nickname':
        return { kind, spelling: spell({ ...name, given: pick(short!) }) };
      case 'accents-dropped':
        return { kind, spelling: stripAccents(spell(name)) };
    }
  });
}

/** One keyboard slip inside the word, never its first letter, that folding does not undo. */
function typo(word: string, random: () => number): string {
  for (;;) {
    const slipped = slip(word, random);
    if (stripAccents(slipped) !== stripAccents(word)) return slipped;
  }
}

/** A swap of neighbours, a letter dropped, doubled or changed. */
function slip(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  const slip = random();
  if (slip < 0.3) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  if (slip < 0.55) return word.slice(0, at) + word.slice(at + 1);
  if (slip < 0.75) return word.slice(0, at) + word[at] + word.slice(at);
  const replacement = 'aeiouy'.replace(stripAccents(word[at]!), '')[Math.floor(random() * 5)]!;
  return word.slice(0, at) + replacement + word.slice(at + 1);
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Draws one of `items` in proportion to its weight, given a uniform number in [0, 1). */
function drawByWeight(items: Int32Array, weight: Float64Array): (u: number) => number {
  const cumulative = new Float64Array(items.length);
  let sum = 0;
  items.forEach((item, i) => (cumulative[i] = sum += weight[item]!));
  return (u) => {
    const target = u * sum;
    let low = 0;
    let high = items.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! <= target) low = middle + 1;
      else high = middle;
    }
    return items[low]!;
  };
}
