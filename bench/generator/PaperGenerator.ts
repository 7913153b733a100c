import type { PaperRecord } from '../../src/ingest/PaperRecord.ts';
import { PeopleNames } from './PeopleNames.ts';
import { TITLE_WORDS, VENUES } from './vocabulary.ts';
import { hashUniform, seededRandom } from './random.ts';

/** Pareto shape of author productivity (papers per person). */
const ALPHA = 2.1;
const BETA = 1 - 1 / ALPHA;
/** Rank offset of the productivity law (Zipf–Mandelbrot): tempers the very top, as observed maxima are tempered. */
const RANK_OFFSET = 1;
/** People in the pool per paper; people never drawn never appear, so the file holds fewer (about 0.55 per paper). */
const POOL_PER_PAPER = 0.553;
/** Authorships per paper the team-size law gives, used to size careers by expected papers. */
const MEAN_TEAM = 3.9;
/** Share of coauthors drawn from the first author's circle rather than from anyone. */
const CIRCLE_SHARE = 0.9;
/** People per circle (a lab, a working group), at least, on average. */
const CIRCLE_PEOPLE = 25;
/**
 * A circle holds at least this many times the productivity of its most
 * productive member: a person appears once per paper, so a prolific person
 * needs a large circle (a big lab) to reach their share of papers.
 */
const CIRCLE_HEADROOM = 5;
/** A circle's members start their careers within this many years of each other. */
const CIRCLE_ERA_YEARS = 20;
const FIRST_YEAR = 1975;
const LAST_YEAR = 2024;
const VENUE_SHARE = 0.85;
/** Cumulative shares of team sizes 1…6; 7–19 share the rest geometrically, and 0.5% are large collaborations. */
const SMALL_TEAM_CUMULATIVE = [0.12, 0.38, 0.62, 0.78, 0.87, 0.92];
const LARGE_TEAM_SHARE = 0.005;
const LARGE_TEAM_MIN = 20;
const LARGE_TEAM_MAX = 300;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Salts for the facts derived from a person's or circle's number with `hashUniform`.
const CAREER_START = -1;
const CAREER_LENGTH = -2;
const VENUE = -10;

/**
 * Realistic co-authorship records, the same for the same seed and paper
 * count: heavy-tailed productivity, teams drawn mostly from the first
 * author's circle (a lab or working group, so the same pairs write together
 * again), careers within five decades. People are numbered by expected
 * productivity (0 is the most prolific); a person's circle, career and
 * venues are recomputed from their number when needed, and the circles are
 * a few typed arrays, so memory grows with people, not with papers.
 *
 * @example
 * const generator = new PaperGenerator({ papers: 100, seed: 1 });
 * const first = generator.next(); // { id: 'gen:1', title: '…', published: '2011-03-07', year: 2011, venue: '…', authors: [...] }
 */
export class PaperGenerator {
  readonly pool: number;
  /** Papers of each person so far, for the summary. */
  readonly papersOf: Uint32Array;
  readonly #seed: number;
  readonly #random: () => number;
  readonly #names: PeopleNames;
  readonly #offset: number;
  readonly #offsetPower: number;
  readonly #span: number;
  readonly #authorshipsPerWeight: number;
  readonly #byline = new Int32Array(LARGE_TEAM_MAX);
  // People in a seeded shuffle cut into circles: circle c is circleMembers[circleStart[c] … circleStart[c + 1]),
  // and weightBefore[i] sums the productivity of the people listed before i, to draw a member in proportion.
  readonly #circles: number;
  readonly #circleStart: Int32Array;
  readonly #circleMembers: Int32Array;
  readonly #circleOf: Int32Array;
  readonly #weightBefore: Float64Array;
  #count = 0;

  constructor({ papers, seed }: { readonly papers: number; readonly seed: number }) {
    this.#seed = seed;
    this.#random = seededRandom(seed);
    this.pool = Math.max(1, Math.ceil(papers * POOL_PER_PAPER));
    this.papersOf = new Uint32Array(this.pool);
    this.#names = new PeopleNames(seed, this.pool);
    this.#offset = RANK_OFFSET / this.pool;
    this.#offsetPower = this.#offset ** BETA;
    this.#span = (1 + this.#offset) ** BETA - this.#offsetPower;
    this.#authorshipsPerWeight = (papers * MEAN_TEAM * BETA) / (this.pool * this.#span);
    const shuffle = seededRandom(seed ^ 0x5bd1e995);
    this.#circleMembers = Int32Array.from({ length: this.pool }, (_, person) => person);
    for (let i = this.pool - 1; i > 0; i--) {
      const j = Math.floor(shuffle() * (i + 1));
      [this.#circleMembers[i], this.#circleMembers[j]] = [this.#circleMembers[j]!, this.#circleMembers[i]!];
    }
    this.#weightBefore = new Float64Array(this.pool + 1);
    for (let i = 0; i < this.pool; i++) this.#weightBefore[i + 1] = this.#weightBefore[i]! + this.#expectedPapers(this.#circleMembers[i]!);
    // Cut the shuffle where a circle has both its people and enough weight around its most productive member.
    const starts = [0];
    let heaviest = 0;
    for (let i = 0; i < this.pool; i++) {
      heaviest = Math.max(heaviest, this.#expectedPapers(this.#circleMembers[i]!));
      const start = starts[starts.length - 1]!;
      const weight = this.#weightBefore[i + 1]! - this.#weightBefore[start]!;
      if (i + 1 - start >= CIRCLE_PEOPLE && weight >= CIRCLE_HEADROOM * heaviest && this.pool - i - 1 >= CIRCLE_PEOPLE) {
        starts.push(i + 1);
        heaviest = 0;
      }
    }
    starts.push(this.pool);
    this.#circleStart = Int32Array.from(starts);
    this.#circles = starts.length - 1;
    this.#circleOf = new Int32Array(this.pool);
    for (let circle = 0; circle < this.#circles; circle++) {
      for (let i = starts[circle]!; i < starts[circle + 1]!; i++) this.#circleOf[this.#circleMembers[i]!] = circle;
    }
  }

  next(): PaperRecord {
    const random = this.#random;
    const index = ++this.#count;
    // A tiny pool cannot fill a large team with distinct people.
    const size = Math.min(this.pool, this.#teamSize());
    const lead = this.#drawPerson();
    const byline = this.#byline;
    byline[0] = lead;
    const circle = this.#circleOf[lead]!;
    // A large collaboration joins neighbouring circles, always the same ones for the same lead: a consortium.
    const consortium = size < LARGE_TEAM_MIN ? 1 : Math.ceil((2 * size) / CIRCLE_PEOPLE);
    for (let filled = 1; filled < size; ) {
      const person =
        random() < CIRCLE_SHARE
          ? this.#memberOf((circle + Math.floor(random() * consortium)) % this.#circles)
          : this.#drawPerson();
      if (!isAmong(byline, filled, person)) byline[filled++] = person;
    }
    const authors: string[] = new Array<string>(size);
    for (let i = 0; i < size; i++) {
      const person = byline[i]!;
      this.papersOf[person]!++;
      authors[i] = this.#names.of(person);
    }
    const year = this.#year(lead);
    const month = Math.floor(random() * 12);
    const leap = month === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
    const day = 1 + Math.floor(random() * (DAYS_IN_MONTH[month]! + leap));
    const published = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const title = this.#title();
    // Fields in the canonical order (PAPER_RECORD_FIELDS), so JSON.stringify writes the canonical line.
    if (random() >= VENUE_SHARE) return { id: `gen:${index}`, title, published, year, authors };
    // Each person publishes mostly in three venues of their own.
    const venue = VENUES[Math.floor(hashUniform(this.#seed, lead, VENUE - Math.floor(random() * 3)) ** 2 * VENUES.length)]!;
    return { id: `gen:${index}`, title, published, year, venue, authors };
  }

  #teamSize(): number {
    const u = this.#random();
    if (u < LARGE_TEAM_SHARE) {
      // Log-uniform leaning to the small end: many collaborations of 20–60, a few of hundreds.
      return Math.floor(LARGE_TEAM_MIN * (LARGE_TEAM_MAX / LARGE_TEAM_MIN) ** (this.#random() ** 1.5));
    }
    const v = (u - LARGE_TEAM_SHARE) / (1 - LARGE_TEAM_SHARE);
    const small = SMALL_TEAM_CUMULATIVE.findIndex((cumulative) => v < cumulative);
    if (small >= 0) return small + 1;
    let size = SMALL_TEAM_CUMULATIVE.length + 1;
    while (size < LARGE_TEAM_MIN - 1 && this.#random() < 0.75) size++;
    return size;
  }

  /** A person drawn in proportion to their productivity. */
  #drawPerson(): number {
    return this.#personAt(this.#random());
  }

  // Inverse of the cumulative productivity of the people numbered below x·pool,
  // which grows as (x + offset)^β for a Pareto law of shape α.
  #personAt(u: number): number {
    const x = (u * this.#span + this.#offsetPower) ** (1 / BETA) - this.#offset;
    return Math.min(this.pool - 1, Math.floor(x * this.pool));
  }

  /** The papers a person is expected to get. */
  #expectedPapers(person: number): number {
    return this.#authorshipsPerWeight * ((person + 0.5) / this.pool + this.#offset) ** (-1 / ALPHA);
  }

  /** A member of the circle drawn in proportion to productivity. */
  #memberOf(circle: number): number {
    let low = this.#circleStart[circle]!;
    let high = this.#circleStart[circle + 1]!;
    if (low === high) return this.#drawPerson();
    const target = this.#weightBefore[low]! + this.#random() * (this.#weightBefore[high]! - this.#weightBefore[low]!);
    // The last member whose preceding weight is at most the target.
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if (this.#weightBefore[middle]! <= target) low = middle;
      else high = middle;
    }
    return this.#circleMembers[low]!;
  }

  /** A year of the person's career, which lies within the five decades. */
  #year(person: number): number {
    // A circle's careers start in one era, more often a recent one: the field grows.
    const era = FIRST_YEAR - 10 + Math.floor((LAST_YEAR - FIRST_YEAR) * hashUniform(this.#seed, -1 - this.#circleOf[person]!, CAREER_START) ** 0.6);
    const start = era + Math.floor(CIRCLE_ERA_YEARS * hashUniform(this.#seed, person, CAREER_START));
    const longest = 3 + Math.min(37, Math.floor(4 * Math.sqrt(this.#expectedPapers(person))));
    const length = 1 + Math.floor(longest * hashUniform(this.#seed, person, CAREER_LENGTH));
    const from = Math.max(FIRST_YEAR, Math.min(LAST_YEAR, start));
    const to = Math.max(from, Math.min(LAST_YEAR, start + length));
    return from + Math.floor(this.#random() * (to - from + 1));
  }

  #title(): string {
    const random = this.#random;
    const length = 3 + Math.floor(random() * random() * 10);
    const words: string[] = new Array<string>(length);
    for (let i = 0; i < length; i++) words[i] = TITLE_WORDS[Math.floor(random() * TITLE_WORDS.length)]!;
    const first = words[0]!;
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    return words.join(' ');
  }
}

function isAmong(people: Int32Array, count: number, person: number): boolean {
  for (let i = 0; i < count; i++) if (people[i] === person) return true;
  return false;
}
