import { foldName } from '../../src/graph/identity/foldName.ts';
import { areNicknames } from '../../src/graph/identity/nicknames.ts';
import { LOCALES } from './LOCALES.ts';
import { hashUniform } from './random.ts';

/** Surnames this long or longer are kept two edits apart (the identity rules join one-edit pairs from 7 letters). */
const SPELLING_GUARD_LENGTH = 6;
const MIDDLE_INITIALS = 'ABCDEFGHJKLMNPRSTW';
const TRIES_PER_LOCALE = 24;

interface LocalePool {
  readonly given: Int32Array;
  readonly surnames: Int32Array;
  readonly middleInitialShare: number;
}

/**
 * Gives each person a name on first use and keeps it, so a person is spelled
 * the same on every paper. No two people share a given name and surname
 * (compared folded, as the identity rules compare them), and the pools hold
 * no nickname pairs (Daniel / Dan) and no surnames one typo apart, so the
 * identity rules never join two generated people. Common names come up more
 * often than rare ones, as in real bylines.
 *
 * @example
 * const names = new PeopleNames(1, 1000);
 * names.of(7) === names.of(7); // true, e.g. 'Søren Lindqvist'
 */
export class PeopleNames {
  readonly #seed: number;
  readonly #given: readonly string[];
  readonly #surnames: readonly string[];
  readonly #locales: readonly LocalePool[];
  readonly #localeCumulative: Float64Array;
  // Per person: given index + 1 (0 = not named yet), surname index, middle initial (0 = none).
  readonly #personGiven: Int32Array;
  readonly #personSurname: Int32Array;
  readonly #personMiddle: Uint8Array;
  readonly #taken: NumberSet;
  #scanLocale = 0;
  #scanCombination = 0;

  constructor(seed: number, people: number) {
    this.#seed = seed;
    const given = new NamePool(acceptGiven());
    const surnames = new NamePool(acceptSurname());
    this.#locales = LOCALES.map((locale) => ({
      given: Int32Array.from(
        locale.given.map((name) => given.add(name, locale.syllabicGiven !== true)).filter((index) => index >= 0),
      ),
      surnames: Int32Array.from(locale.surnames.map((name) => surnames.add(name)).filter((index) => index >= 0)),
      middleInitialShare: locale.middleInitialShare,
    }));
    this.#given = given.names;
    this.#surnames = surnames.names;
    let total = 0;
    this.#localeCumulative = Float64Array.from(LOCALES, (locale) => (total += locale.weight));
    this.#personGiven = new Int32Array(people);
    this.#personSurname = new Int32Array(people);
    this.#personMiddle = new Uint8Array(people);
    this.#taken = new NumberSet(people);
  }

  /** How many distinct given names and surnames the pools hold. */
  get poolSizes(): { readonly given: number; readonly surnames: number } {
    return { given: this.#given.length, surnames: this.#surnames.length };
  }

  of(person: number): string {
    if (this.#personGiven[person] === 0) this.#assign(person);
    const given = this.#given[this.#personGiven[person]! - 1]!;
    const surname = this.#surnames[this.#personSurname[person]!]!;
    const middle = this.#personMiddle[person]!;
    return middle === 0 ? `${given} ${surname}` : `${given} ${String.fromCharCode(middle)}. ${surname}`;
  }

  #assign(person: number): void {
    const total = this.#localeCumulative[this.#localeCumulative.length - 1]!;
    const pick = hashUniform(this.#seed, person, 0) * total;
    let first = this.#localeCumulative.findIndex((cumulative) => pick < cumulative);
    if (first < 0) first = 0;
    // A full locale hands its people to the next one, so large runs still find free names.
    for (let step = 0; step < this.#locales.length; step++) {
      const locale = this.#locales[(first + step) % this.#locales.length]!;
      for (let attempt = 0; attempt < TRIES_PER_LOCALE; attempt++) {
        // Skewed draws at first (common names are common), uniform once those keep colliding.
        const skew = attempt < TRIES_PER_LOCALE / 2 ? 2 : 1;
        const salt = (step * TRIES_PER_LOCALE + attempt) * 4;
        const given = locale.given[Math.floor(hashUniform(this.#seed, person, salt + 1) ** skew * locale.given.length)]!;
        const surname =
          locale.surnames[Math.floor(hashUniform(this.#seed, person, salt + 2) ** skew * locale.surnames.length)]!;
        if (!this.#taken.add(given * this.#surnames.length + surname)) continue;
        this.#personGiven[person] = given + 1;
        this.#personSurname[person] = surname;
        if (hashUniform(this.#seed, person, salt + 3) < locale.middleInitialShare) {
          const letter = Math.floor(hashUniform(this.#seed, person, salt + 4) * MIDDLE_INITIALS.length);
          this.#personMiddle[person] = MIDDLE_INITIALS.charCodeAt(letter);
        }
        return;
      }
    }
    // Nearly full pools: take the next free name of a scan that never goes back (a taken name stays taken),
    // so every name is used before giving up.
    for (; this.#scanLocale < this.#locales.length; this.#scanLocale++, this.#scanCombination = 0) {
      const locale = this.#locales[this.#scanLocale]!;
      for (; this.#scanCombination < locale.given.length * locale.surnames.length; this.#scanCombination++) {
        const given = locale.given[Math.floor(this.#scanCombination / locale.surnames.length)]!;
        const surname = locale.surnames[this.#scanCombination % locale.surnames.length]!;
        if (!this.#taken.add(given * this.#surnames.length + surname)) continue;
        this.#personGiven[person] = given + 1;
        this.#personSurname[person] = surname;
        return;
      }
    }
    throw new Error(`cannot name person ${person}: the name pools are exhausted; generate fewer papers`);
  }
}

/** Distinct names, compared folded, each admitted only if `accept` agrees. */
class NamePool {
  readonly names: string[] = [];
  readonly #indexByFolded = new Map<string, number>();

  constructor(private readonly accept: (folded: string) => boolean) {}

  /** The name's index, or -1 when the pool refuses it; `check` false admits it unchecked. */
  add(name: string, check = true): number {
    const folded = foldName(name);
    const known = this.#indexByFolded.get(folded);
    if (known !== undefined) return known;
    if (check && !this.accept(folded)) {
      this.#indexByFolded.set(folded, -1);
      return -1;
    }
    this.names.push(name);
    this.#indexByFolded.set(folded, this.names.length - 1);
    return this.names.length - 1;
  }
}

function acceptGiven(): (folded: string) => boolean {
  const kept: string[] = [];
  return (folded) => {
    if (kept.some((other) => areNicknames(folded, other))) return false;
    kept.push(folded);
    return true;
  };
}

// One deletion from each of two words gives the same string whenever the
// words are one substitution, insertion, deletion or swap apart.
function acceptSurname(): (folded: string) => boolean {
  const near = new Set<string>();
  return (folded) => {
    if (folded.length < SPELLING_GUARD_LENGTH) return true;
    const variants = [folded, ...Array.from(folded, (_, i) => folded.slice(0, i) + folded.slice(i + 1))];
    if (variants.some((variant) => near.has(variant))) return false;
    for (const variant of variants) near.add(variant);
    return true;
  };
}

/** A set of non-negative 32-bit integers in one typed array (open addressing), far smaller than a `Set` of millions. */
class NumberSet {
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(capacity: number) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
  }

  /** Adds `value`; false when it was already there. */
  add(value: number): boolean {
    const stored = value + 1;
    let slot = Math.imul(stored, 0x9e3779b1) & this.#mask;
    while (this.#slots[slot] !== 0) {
      if (this.#slots[slot] === stored) return false;
      slot = (slot + 1) & this.#mask;
    }
    this.#slots[slot] = stored;
    return true;
  }
}
