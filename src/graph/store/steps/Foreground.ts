import { performance } from 'node:perf_hooks';

// Work under way for longer than this (a heavy query, an event stream that
// stays open) is no longer waited for: steps would crawl beside it. A read
// of a few milliseconds is what a change should not hold up.
const RECENT_MS = 250;

/**
 * The work that steps run in slices give way to: the server's requests,
 * from their arrival to their answer (see `useForeground`). Between
 * slices, `runInSlices` waits while any begun less than 250 ms ago is
 * under way (and at most its own pause), so that a read that needs several
 * turns of the event loop (its body read, its answer written) is not held
 * up by a slice at each of them, only by the one under way when it came.
 *
 * @example
 * const end = foreground.begin();
 * try { return await answer(request); } finally { end(); }
 */
export class Foreground {
  readonly #underWay = new Set<{ readonly since: number }>();
  #waiting: (() => void)[] = [];

  /** Marks a piece of foreground work begun; the function returned ends it (calls after the first do nothing). */
  begin(): () => void {
    const work = { since: performance.now() };
    this.#underWay.add(work);
    return () => {
      if (!this.#underWay.delete(work) || this.busy) return;
      for (const resume of this.#waiting.splice(0)) resume();
    };
  }

  /**
   * Whether foreground work begun in the last 250 ms is under way. Older
   * work is forgotten here, so that work never ended (a request whose
   * answer was lost) is not kept.
   */
  get busy(): boolean {
    const recent = performance.now() - RECENT_MS;
    for (const work of this.#underWay) {
      // Begun in order: the first recent one answers.
      if (work.since > recent) return true;
      this.#underWay.delete(work);
    }
    return false;
  }

  /** Resolves once no recent foreground work is under way, or after `ms`, whichever comes first. */
  quiet(ms: number): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => {
      const resume = () => {
        clearTimeout(timer);
        this.#waiting = this.#waiting.filter((waiting) => waiting !== resume);
        resolve();
      };
      const timer = setTimeout(resume, ms);
      this.#waiting.push(resume);
    });
  }
}

/** The process's foreground: what its server is answering now. */
export const foreground = new Foreground();
