import type { Author } from '../graph/store/Author.ts';
import { GraphBuildError } from '../graph/store/buildGraph.ts';
import { paperLocalId } from '../graph/store/paperLocalId.ts';
import type { CoauthorGraph } from '../graph/store/CoauthorGraph.ts';
import type { HeldRecords } from '../ingest/HeldRecords.ts';
import type { Steps, WaitingSteps } from '../graph/store/steps/Steps.ts';
import type { IdentityOverrides } from '../ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import type { Change, JournalEntry } from '../journal/Change.ts';
import type { ChangeStore } from '../journal/ChangeStore.ts';
import { type Curation, foldChanges } from './foldChanges.ts';
import { holderOf } from './holderOf.ts';
import type { Delta } from './changeAsDelta.ts';
import { changeArrays } from '../graph/store/delta/RecycledArrays.ts';
import { runInSlices } from '../graph/store/steps/runInSlices.ts';
import { untilLoopIdle } from '../graph/store/steps/untilLoopIdle.ts';
import type { UserError } from './UserError.ts';

// A delta's slices are short: a read that comes during one waits for the rest of it. (A rebuild's, like a load's, are 10 ms.)
const CHANGE_SLICE_MS = 3;

/** Builds the graph of `records` with `overrides` as the identity decisions. */
export type BuildGraph = (records: readonly PaperRecord[], overrides: IdentityOverrides) => Promise<CoauthorGraph>;

export interface CuratorSource {
  /** The papers of the data files, held while the server runs: a change without a delta, and a compaction, rebuild from them; a removal, an update or a split reads the spellings a paper was signed with from them. */
  readonly records: HeldRecords;
  /** The overrides file's decisions, under the journal's. */
  readonly overrides: IdentityOverrides;
  readonly store: ChangeStore;
  readonly build: BuildGraph;
  /** `change` as a delta over `graph`, with `curation` the journal up to and with it and `recordOf` the record each paper of `graph` was read from (see `changeAsDelta`); undefined, or no `delta`, to rebuild. */
  readonly delta?: (graph: CoauthorGraph, change: Change, curation: Curation, recordOf: (paper: number) => PaperRecord) => Delta | undefined;
}

/** A change that was made durable and is now served. */
export interface Applied {
  readonly change: Change;
  readonly version: number;
  readonly graph: CoauthorGraph;
}

/** What a subscriber hears after each change: the new version and the raw ids of the authors and papers it touched. */
export interface GraphChange {
  readonly version: number;
  readonly authors: readonly string[];
  readonly papers: readonly string[];
}

/** What a graph state adds to the graph: its version, and where ids merged or split away went. */
interface StateInfo {
  readonly version: number;
  readonly redirects: ReadonlyMap<string, string>;
}

/**
 * The served graph, and the only way to change it. A change is checked
 * against the current graph, then the new graph is made, as a delta over
 * the current one when the change has one (see `changeAsDelta`), else
 * built from the source records with every change so far, then the change
 * is appended to the journal, then the new graph is swapped in: so a
 * change the build refuses never reaches the journal, and a change
 * acknowledged to its writer is durable. Requests keep the graph they
 * started with; changes are applied one at a time, in the order they
 * arrive. A delta that is not the graph a build gives is compacted once
 * the graph has gone `COMPACT_WHEN_QUIET_MS` without a change: the build
 * runs in the background and is swapped in, at the same version, if no
 * change came meanwhile (else it waits for the next pause), and watchers
 * hear of the last change again, since the build may have grouped its
 * people differently.
 *
 * @example
 * const curator = await Curator.open({ records, overrides, store, build });
 * const outcome = await curator.apply((graph) => planSplit(graph, graph.authorById(id), ['Timothy Maxwell']), 'alice');
 */
export class Curator {
  #graph: CoauthorGraph;
  readonly #entries: JournalEntry[];
  readonly #info = new WeakMap<CoauthorGraph, StateInfo>();
  #queue: Promise<unknown> = Promise.resolve();
  readonly #listeners = new Set<(change: GraphChange) => void>();
  /** The background build of the current state, while one runs; `#behind` once a delta made a graph a build would not; the timer that starts the build once changes pause. */
  #compaction: Promise<void> | undefined;
  #behind = false;
  #compactionDue: NodeJS.Timeout | undefined;

  private constructor(
    private readonly source: CuratorSource,
    entries: JournalEntry[],
    graph: CoauthorGraph,
  ) {
    this.#entries = entries;
    this.#graph = graph;
    this.#remember(graph, foldChanges(source.overrides, entries));
  }

  /** The graph of the source records with every change of the journal replayed. */
  static async open(source: CuratorSource): Promise<Curator> {
    const entries = await source.store.changes();
    const curation = foldChanges(source.overrides, entries);
    return new Curator(source, entries, await source.build(await runInSlices(recordsInSteps(source.records, curation)), curation.overrides));
  }

  /** The graph requests read now. */
  get graph(): CoauthorGraph {
    return this.#graph;
  }

  /** The version of `graph`: how many changes it includes. */
  versionOf(graph: CoauthorGraph): number {
    return this.#info.get(graph)?.version ?? 0;
  }

  /** The author `id` names in `graph`: its own, or for an id a merge or split took away, whoever holds its spelling now. */
  authorOf(graph: CoauthorGraph, id: string): Author | undefined {
    const redirect = this.#info.get(graph)?.redirects.get(id);
    return graph.authorById(id) ?? (redirect === undefined ? undefined : graph.authorById(redirect));
  }

  /**
   * Plans a change on the current graph (after the changes queued before
   * it) and applies it, or gives back why not: the plan's errors, a build
   * that refuses the data, or `CONFLICT` when `expectedVersion` is given and
   * the graph has moved past it.
   */
  apply(plan: (graph: CoauthorGraph) => Change | UserError[], writer: string, expectedVersion?: number): Promise<Applied | UserError[]> {
    const run = async (): Promise<Applied | UserError[]> => {
      const version = this.#entries.length;
      if (expectedVersion !== undefined && expectedVersion !== version) {
        return [{ field: 'expectedVersion', message: `The graph is at version ${version}, not ${expectedVersion}: read it again and decide anew.`, code: 'CONFLICT' }];
      }
      const change = plan(this.#graph);
      if (Array.isArray(change)) return change;
      const at = new Date();
      const entries = [...this.#entries, { version: version + 1, at: at.toISOString(), writer, change }];
      const curation = foldChanges(this.source.overrides, entries);
      const delta = this.source.delta?.(this.#graph, change, curation, this.#recordOf(this.#graph));
      let graph: CoauthorGraph;
      try {
        graph =
          delta === undefined
            ? await this.source.build(await runInSlices(recordsInSteps(this.source.records, curation)), curation.overrides)
            : await runInSlices(collectingFirst(delta.steps), CHANGE_SLICE_MS);
      } catch (error) {
        if (!(error instanceof GraphBuildError)) throw error;
        return [{ field: FIELD_OF_KIND[change.kind], message: error.message, code: 'INVALID_PAPER' }];
      }
      await this.source.store.append(change, writer, at);
      this.#entries.push(entries.at(-1)!);
      this.#remember(graph, curation);
      this.#graph = graph;
      // A rebuild is compact; a delta over a graph still to be compacted is not, whatever it is itself.
      this.#behind = delta === undefined ? false : this.#behind || !delta.exact;
      if (this.#behind) this.#compactWhenQuiet();
      const applied = { change, version: this.#entries.length, graph };
      this.#announce(applied);
      // The change is served; the reads that came during its last piece go before its writer's answer (a
      // hundred papers' payload, 3-9 ms at a million papers), which would hold them as a slice does.
      await untilLoopIdle();
      return applied;
    };
    return this.#enqueue(run);
  }

  /** Starts the compaction a pause would start, now, and resolves once no compaction runs or is due: the graph served is then the one a build gives. */
  async compacted(): Promise<void> {
    for (;;) {
      if (this.#compactionDue !== undefined) {
        clearTimeout(this.#compactionDue);
        this.#compactionDue = undefined;
        this.#compact();
      }
      if (this.#compaction === undefined) return;
      await this.#compaction;
    }
  }

  /** Runs `task` after the changes queued before it, one at a time. */
  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const outcome = this.#queue.then(task);
    // A failed change must not stop the ones queued after it.
    this.#queue = outcome.catch(() => undefined);
    return outcome;
  }

  /**
   * Starts the build of the current state once the graph has gone
   * `COMPACT_WHEN_QUIET_MS` without a change (each change restarts the
   * wait), unless one runs: a stream of writes is answered by deltas, and
   * the build, which slows every read while it runs, waits for a pause.
   */
  #compactWhenQuiet(): void {
    clearTimeout(this.#compactionDue);
    this.#compactionDue = setTimeout(() => {
      this.#compactionDue = undefined;
      this.#compact();
    }, COMPACT_WHEN_QUIET_MS);
    // A pending compaction does not keep a stopping server alive: a restart serves the rebuild anyway.
    this.#compactionDue.unref();
  }

  /** Starts the build of the current state, unless one runs; if changes came while it ran, the next pause starts another. */
  #compact(): void {
    // A rebuild since the wait began left nothing to compact.
    if (this.#compaction !== undefined || !this.#behind) return;
    this.#compaction = this.#compactOnce().then((built) => {
      this.#compaction = undefined;
      if (built && this.#behind) this.#compactWhenQuiet();
    });
  }

  /**
   * Builds the current state and swaps it in if no change came meanwhile;
   * false when the build fails, which leaves the delta served: it is the
   * graph every change acknowledged made.
   */
  async #compactOnce(): Promise<boolean> {
    try {
      const version = this.#entries.length;
      const curation = foldChanges(this.source.overrides, this.#entries);
      const graph = await this.source.build(await runInSlices(recordsInSteps(this.source.records, curation)), curation.overrides);
      await this.#enqueue(async () => {
        if (this.#entries.length !== version) return;
        this.#remember(graph, curation);
        this.#graph = graph;
        this.#behind = false;
        this.#announce({ change: this.#entries.at(-1)!.change, version, graph });
      });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The record each paper of `graph`, the graph of the journal so far, was
   * read from: the records a build of it reads, at the row its paper
   * columns keep (see `PaperColumns.rows`), found at the first call.
   */
  #recordOf(graph: CoauthorGraph): (paper: number) => PaperRecord {
    let recordAt: ((row: number) => PaperRecord) | undefined;
    return (paper) => {
      recordAt ??= recordAtRow(this.source.records, foldChanges(this.source.overrides, this.#entries));
      return recordAt(graph.parts.paperColumns.rows[paper]!);
    };
  }

  /** Tells every watcher about `applied`. */
  #announce(applied: Applied): void {
    for (const listener of this.#listeners) listener(touchedBy(applied));
  }

  /** Calls `listener` after each change is served, until the returned function is called. */
  watch(listener: (change: GraphChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #remember(graph: CoauthorGraph, { formerIds }: Curation): void {
    const redirects = new Map<string, string>();
    for (const [id, spelling] of formerIds) {
      if (graph.authorById(id) !== undefined) continue;
      const holder = holderOf(graph, spelling);
      if (holder !== undefined) redirects.set(id, holder.id);
    }
    this.#info.set(graph, { version: this.#entries.length, redirects });
  }
}

/** How long the graph goes without a change before a delta that is not a build's is compacted. */
const COMPACT_WHEN_QUIET_MS = 5000;

/** The authors and papers `change` touched, as found in the graph it made. */
function touchedBy({ change, version, graph }: Applied): GraphChange {
  const holders = (spellings: readonly string[]) => spellings.flatMap((spelling) => holderOf(graph, spelling)?.id ?? []);
  switch (change.kind) {
    case 'mergeAuthors':
      return { version, authors: [...new Set([...holders([change.authors[0]!.spellings[0]!]), ...change.authors.map((author) => author.id)])], papers: [] };
    case 'splitAuthor':
      return { version, authors: holders([change.remaining[0]!, change.spellings[0]!]), papers: [] };
    case 'addPapers':
      return { version, authors: [...new Set(change.papers.flatMap((paper) => holders(paper.authors)))], papers: change.papers.map(paperLocalId) };
    case 'updatePaper':
      return { version, authors: holders(change.paper.authors), papers: [change.id] };
    case 'removePaper':
      return { version, authors: [], papers: [change.id] };
  }
}

/**
 * `steps` after starting a collection, as their own first slice: the
 * graphs before the current one are read by no new request, so a
 * collection started now has the whole change to mark beside it, and gives
 * their arrays back for the next change, the adjacencies' to the worker
 * thread before its patch (see `RecycledArrays.collect`). Started in a
 * slice, not by the request that asked for the change, so that the reads
 * that came while the request was read and checked do not wait out the
 * collection's start as well (1-6 ms at a million papers).
 */
function* collectingFirst<T>(steps: WaitingSteps<T>): WaitingSteps<T> {
  changeArrays.collect();
  yield;
  return yield* steps;
}

/** The input a build refuses names the field of the mutation that carried it. */
const FIELD_OF_KIND: Readonly<Record<Change['kind'], string>> = {
  mergeAuthors: 'ids',
  splitAuthor: 'spellings',
  addPapers: 'papers',
  updatePaper: 'paper',
  removePaper: 'id',
};

/** The source records less those removed or updated, then the papers the journal added, as steps (see `HeldRecords.allInSteps`). */
function* recordsInSteps(records: HeldRecords, { papers, removed }: Curation): Steps<readonly PaperRecord[]> {
  const all = yield* records.allInSteps();
  const kept = removed.size === 0 ? all : all.filter((record) => !removed.has(paperLocalId(record)));
  return papers.length === 0 ? kept : [...kept, ...papers];
}

/** Record `row` of the list `recordsInSteps` gives, without listing them all. */
function recordAtRow(records: HeldRecords, { papers, removed }: Curation): (row: number) => PaperRecord {
  const kept = removed.size === 0 ? undefined : keptRows(records, removed);
  const keptCount = kept?.length ?? records.count;
  return (row) => (row < keptCount ? records.at(kept === undefined ? row : kept[row]!) : papers[row - keptCount]!);
}

/** The rows of the source records whose papers are not in `removed`, ascending. */
function keptRows(records: HeldRecords, removed: ReadonlySet<string>): Uint32Array {
  const rows: number[] = [];
  for (let row = 0; row < records.count; row++) if (!removed.has(paperLocalId(records.at(row)))) rows.push(row);
  return Uint32Array.from(rows);
}
