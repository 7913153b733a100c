import type { IdentityResolution } from '../identity/IdentityResolver.ts';
import { compareCodeUnits as compare } from '../text/compareCodeUnits.ts';
import { foldText } from '../text/foldText.ts';
import { splitDisambiguator } from '../text/splitDisambiguator.ts';
import type { AuthorAlias } from './Author.ts';
import { sortAliases } from './sortAliases.ts';
import type { SpellingGroups } from './SpellingGroups.ts';
import { stableHash } from './stableHash.ts';
import { orderOfStrings } from './steps/orderOfStrings.ts';
import type { Steps } from './steps/Steps.ts';

// Persons read between pauses: a millisecond or two.
const PERSONS_PER_SLICE = 1024;

/**
 * The persons of a graph build, field by field, by row: each key of the
 * spelling groups that holds an authorship, in key order, and `byName`,
 * the rows in name order, which is the authors' index order. No object per
 * person or per spelling: a build of 7 million papers holds 3.8 million
 * persons until its end, and every full collection on the way would walk
 * objects of theirs.
 *
 * @example
 * const persons = yield* PersonTable.inSteps(groups, identity);
 * persons.names[persons.byName[0]!] // the first author by name
 */
export class PersonTable {
  private constructor(
    /** The number of each row's key in the spelling groups. */
    readonly keyNumbers: Uint32Array,
    /** The name shown: a curator's, else the most used spelling without its homonym number. */
    readonly names: readonly string[],
    /** 1 where the name is one a curator gave. */
    readonly given: Uint8Array,
    readonly disambiguators: readonly (string | null)[],
    /** The person keys of the spelling groups, row r's at `keyNumbers[r]`. */
    readonly keys: readonly string[],
    /** Row r's spellings, cleaned, are `aliasNames[aliasOffsets[r] .. aliasOffsets[r + 1])`, ordered as `sortAliases` orders them, and as many `aliasPaperCounts`. */
    readonly aliasOffsets: Uint32Array,
    readonly aliasNames: readonly string[],
    readonly aliasPaperCounts: readonly number[],
    /** Rows by folded name, then name, disambiguator and id; persons tie on all four only when their keys' hashes collide, and then keep their rows' order. */
    readonly byName: Uint32Array,
  ) {}

  /**
   * The persons of `groups`, named as `identity` says, as steps (see `Steps`).
   */
  static *inSteps(groups: SpellingGroups, identity: IdentityResolution): Steps<PersonTable> {
    const reading = new Reading(groups, identity);
    while (reading.key < groups.keys.length) {
      readPersons(reading);
      yield;
    }
    reading.finish();
    const { rows, names, disambiguators } = reading;
    const keyNumbers = reading.keyNumbers.slice(0, rows);
    const idOf = (row: number) => idOfRow(groups.keys, keyNumbers, row);
    const byName = yield* orderOfStrings(reading.folded, (a, b) => compare(names[a]!, names[b]!) || compare(disambiguators[a] ?? '', disambiguators[b] ?? '') || compare(idOf(a), idOf(b)));
    const aliasOffsets = new Uint32Array(rows + 1);
    aliasOffsets.set(reading.aliasEnds.subarray(0, rows), 1);
    return new PersonTable(keyNumbers, names, reading.given.slice(0, rows), disambiguators, groups.keys, aliasOffsets, reading.aliasNames, reading.aliasPaperCounts, byName);
  }

  get count(): number {
    return this.byName.length;
  }

  /**
   * Row `row`'s id, made when asked: persons are ordered before they are
   * given ids, which a build makes later, beside the coauthor adjacency
   * (half a million digests, 0.3–0.5 s at a million papers); only persons
   * alike in name and disambiguator need them to be ordered.
   */
  idOf(row: number): string {
    return idOfRow(this.keys, this.keyNumbers, row);
  }

  /**
   * Row `row`'s spellings as `AuthorAlias`es: objects made now, for the
   * moment they are needed.
   *
   * @example persons.aliasesOf(persons.byName[0]!) // [{ name: 'Ada Lovelace', paperCount: 3 }]
   */
  aliasesOf(row: number): AuthorAlias[] {
    const aliases: AuthorAlias[] = [];
    for (let k = this.aliasOffsets[row]!; k < this.aliasOffsets[row + 1]!; k++) aliases.push({ name: this.aliasNames[k]!, paperCount: this.aliasPaperCounts[k]! });
    return aliases;
  }
}

/**
 * `PersonTable.inSteps` under way: its input, the next key, and the fields
 * of the rows read so far. Each field is as long as it can become from the
 * start (a row a key, an alias a spelling, but for split spellings), written
 * by index and cut to length at the end: an array grown by pushing is
 * copied into fresh memory each time it outgrows its store, which at half a
 * million rows took 0.3 s of the 1 s reading them took.
 */
class Reading {
  key = 0;
  rows = 0;
  aliases = 0;
  readonly keyNumbers: Uint32Array;
  readonly names: string[];
  readonly given: Uint8Array;
  readonly disambiguators: (string | null)[];
  /** By row, the folded name persons are ordered by; let go once they are. */
  readonly folded: string[];
  readonly aliasEnds: Uint32Array;
  readonly aliasNames: string[];
  readonly aliasPaperCounts: number[];

  constructor(
    readonly groups: SpellingGroups,
    readonly identity: IdentityResolution,
  ) {
    const rows = groups.keys.length;
    this.keyNumbers = new Uint32Array(rows);
    this.names = new Array<string>(rows);
    this.given = new Uint8Array(rows);
    this.disambiguators = new Array<string | null>(rows);
    this.folded = new Array<string>(rows);
    this.aliasEnds = new Uint32Array(rows);
    // A spelling split between persons is an alias of each: rare, and the arrays then grow.
    this.aliasNames = new Array<string>(groups.spellings.length);
    this.aliasPaperCounts = new Array<number>(groups.spellings.length);
  }

  /** Cuts the fields of strings to the rows and aliases read. */
  finish(): void {
    for (const field of [this.names, this.disambiguators, this.folded]) field.length = this.rows;
    this.aliasNames.length = this.aliasPaperCounts.length = this.aliases;
  }
}

/** Reads the persons of a slice of keys from `reading.key` on. A plain function: V8 optimises loops in generators poorly. */
function readPersons(reading: Reading): void {
  const { groups, identity } = reading;
  const end = Math.min(groups.keys.length, reading.key + PERSONS_PER_SLICE);
  for (let number = reading.key; number < end; number++) {
    const uses = groups.cleanedUses(number);
    // A split spelling's own key: its authorships went to the persons it was split into.
    if (uses.length === 0) continue;
    const key = groups.keys[number]!;
    const first = reading.aliases;
    const aliases = uses.map(([name, paperCount]): AuthorAlias => ({ name, paperCount }));
    // Most persons have one spelling, which needs no sorting.
    for (const { name, paperCount } of aliases.length === 1 ? aliases : sortAliases(aliases)) {
      reading.aliasNames[reading.aliases] = name;
      reading.aliasPaperCounts[reading.aliases++] = paperCount;
    }
    const spelled = splitDisambiguator(reading.aliasNames[first]!);
    // A curator's name replaces the spelling's, not its homonym number: the person stays the one the number tells apart.
    const given = identity.nameOf?.(key);
    const name = given ?? spelled.name;
    const row = reading.rows++;
    reading.keyNumbers[row] = number;
    reading.names[row] = name;
    reading.given[row] = given === undefined ? 0 : 1;
    reading.disambiguators[row] = identity.disambiguatorOf?.(key) ?? spelled.disambiguator;
    reading.folded[row] = foldText(name);
    reading.aliasEnds[row] = reading.aliases;
  }
  reading.key = end;
}

/** The id of the person of row `row`, whose key is `keys[keyNumbers[row]]`: the first 16 hex digits of SHA-256 over "author", NUL, the key, NUL. */
function idOfRow(keys: readonly string[], keyNumbers: Uint32Array, row: number): string {
  return stableHash('author', keys[keyNumbers[row]!]!);
}
