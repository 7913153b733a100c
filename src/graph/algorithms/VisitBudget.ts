/** What an algorithm is computing, for the message when its budget runs out. */
export interface BudgetTask {
  /** In words, e.g. "the collaboration path". */
  readonly name: string;
  /** What the asker can change so the next try fits, e.g. "lower maxLength". */
  readonly advice: string;
}

/** The advice for whole-graph statistics, which no argument can narrow. */
export const OFFLINE_STATISTICS = 'compute the statistics of a graph this large offline, with coauthor-graph stats';

/** Thrown when an algorithm would look at more nodes than its budget allows. */
export class BudgetExceededError extends Error {
  override readonly name = 'BudgetExceededError';

  constructor(
    /** The budget that ran out, in node visits. */
    readonly limit: number,
    readonly task: BudgetTask,
  ) {
    super(`${task.name} needs more than the ${limit.toLocaleString('en-US')} node visits one request may make: ${task.advice}`);
  }
}

/**
 * A count of node visits that algorithms draw on before they do the work, so
 * that one question cannot stall the server. A visit is one look at an author
 * or paper through an adjacency row, seen before or not.
 *
 * @example
 * const budget = new VisitBudget(1_000_000);
 * budget.spend(row.length, { name: 'the network', advice: 'lower depth' }); // throws BudgetExceededError once the total passes 1,000,000
 */
export class VisitBudget {
  #used = 0;

  constructor(readonly limit: number) {}

  /** A budget that never runs out, for offline tools. */
  static unlimited(): VisitBudget {
    return new VisitBudget(Number.POSITIVE_INFINITY);
  }

  get used(): number {
    return this.#used;
  }

  /** Records `visits` more visits for `task`; throws BudgetExceededError when they pass the limit. */
  spend(visits: number, task: BudgetTask): void {
    this.#used += visits;
    if (this.#used > this.limit) throw new BudgetExceededError(this.limit, task);
  }
}
