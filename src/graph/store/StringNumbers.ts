import { hashBytes, hashText } from '../text/hashText.ts';

// Slots per string at most before the table doubles: half of them empty keeps probe runs short.
const MAX_LOAD = 0.5;

/**
 * Numbers strings in order of first appearance, 0, 1, 2, …: what a
 * `Map<string, number>` does for a load's millions of spellings and words,
 * about a quarter faster. A map's lookup walks from a bucket to an entry to
 * the key's text, three places in memory far apart once it holds a few
 * hundred thousand strings; here a slot holds a string's hash beside its
 * number, so a lookup reads one slot and then the text it matches.
 *
 * @example
 * const numbers = new StringNumbers();
 * numbers.numberOf('Ann Lee') // 0
 * numbers.numberOf('Bo Li') // 1
 * numbers.numberOf('Ann Lee') // 0
 * numbers.strings // ['Ann Lee', 'Bo Li']
 */
export class StringNumbers {
  /** The strings numbered, string n at n. */
  readonly strings: string[] = [];
  // Slot s is (slots[2s], slots[2s + 1]): a string's mark, its hash with the lowest bit set so that 0 is an empty slot, and its number. A string's probe starts at the mark's bits above that one.
  #slots = new Int32Array(2048);
  #mask = 1023;

  /** The number of `text`, given it now when it is new. */
  numberOf(text: string): number {
    return this.numberOfSlice(text, 0, text.length);
  }

  /**
   * `numberOf(text.slice(start, end))`, without making that string unless
   * it is new: the words of a million titles are looked up where they lie.
   */
  numberOfSlice(text: string, start: number, end: number): number {
    const mark = hashText(text, start, end) | 1;
    const slot = this.#slotOf(text, start, end, mark);
    if (this.#slots[2 * slot] !== 0) return this.#slots[2 * slot + 1]!;
    return this.#add(start === 0 && end === text.length ? text : text.slice(start, end), mark, slot);
  }

  /**
   * The number of the text whose UTF-16 code units are the bytes `start ..
   * end` of `bytes`, one unit a byte, or -1 when it has none; nothing is
   * added. That text is the bytes read as ASCII, when they are, or as
   * Latin-1: a table of names as they lie in a file's bytes (`latin1`
   * strings) finds any of them there, as one of ASCII names finds those.
   * A reader of millions of names looks them up without making a string
   * of each. `hash` is their `hashBytes`, for a caller that has it.
   *
   * @example numbers.numberOfBytes(Buffer.from('Ann Lee'), 0, 7) // 0, as numberOf('Ann Lee') gave
   */
  numberOfBytes(bytes: Uint8Array, start: number, end: number, hash = hashBytes(bytes, start, end)): number {
    const mark = hash | 1;
    const slots = this.#slots;
    for (let slot = (mark >>> 1) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const held = slots[2 * slot]!;
      if (held === 0) return -1;
      if (held === mark) {
        const number = slots[2 * slot + 1]!;
        if (spells(this.strings[number]!, bytes, start, end)) return number;
      }
    }
  }

  /** `numberOf(text)` if `text` has been numbered, else -1; nothing is added. */
  numberIfAny(text: string): number {
    const slot = this.#slotOf(text, 0, text.length, hashText(text) | 1);
    return this.#slots[2 * slot] === 0 ? -1 : this.#slots[2 * slot + 1]!;
  }

  /** The slot that holds `text.slice(start, end)`, whose mark is `mark`, or the empty slot where it would go. */
  #slotOf(text: string, start: number, end: number, mark: number): number {
    const slots = this.#slots;
    for (let slot = (mark >>> 1) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const held = slots[2 * slot]!;
      if (held === 0) return slot;
      if (held === mark) {
        const candidate = this.strings[slots[2 * slot + 1]!]!;
        if (candidate.length === end - start && text.startsWith(candidate, start)) return slot;
      }
    }
  }

  #add(text: string, mark: number, slot: number): number {
    const number = this.strings.length;
    this.strings.push(text);
    this.#slots[2 * slot] = mark;
    this.#slots[2 * slot + 1] = number;
    if (this.strings.length > (this.#mask + 1) * MAX_LOAD) this.#grow();
    return number;
  }

  /** Twice the slots, every string placed again by its mark. */
  #grow(): void {
    const old = this.#slots;
    const mask = this.#mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let from = 0; from < old.length; from += 2) {
      const mark = old[from]!;
      if (mark === 0) continue;
      let slot = (mark >>> 1) & mask;
      while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = mark;
      slots[2 * slot + 1] = old[from + 1]!;
    }
    this.#slots = slots;
    this.#mask = mask;
  }
}

/** Whether `text`'s code units are the bytes `start .. end` of `bytes`. */
function spells(text: string, bytes: Uint8Array, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = start; i < end; i++) if (text.charCodeAt(i - start) !== bytes[i]) return false;
  return true;
}
