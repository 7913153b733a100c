import { paperLocalId } from '../graph/store/paperLocalId.ts';
import type { IdentityOverride, IdentityOverrides } from '../ingest/IdentityOverrides.ts';
import type { PaperRecord } from '../ingest/PaperRecord.ts';
import type { JournalEntry } from '../journal/Change.ts';

/** What the journal adds to the source data, ready for a build. */
export interface Curation {
  /** The overrides file's decisions with the journal's applied over them. */
  readonly overrides: IdentityOverrides;
  /** Papers added, and the new versions of papers updated. */
  readonly papers: readonly PaperRecord[];
  /** Ids of source papers removed or updated: their source records are left out. */
  readonly removed: ReadonlySet<string>;
  /** Ids a change named, each with a spelling that finds its author again once the id is gone. */
  readonly formerIds: ReadonlyMap<string, string>;
}

/**
 * Applies `entries` in order over the curated decisions of an overrides
 * file: a merge joins the spellings of its authors in one `same` group
 * (absorbing groups that share a spelling, dropping `distinct` pairs inside
 * it) with the name it gave, or else a name one of the merged people had;
 * a split takes its spellings out of every `same` group and keeps each
 * apart from each remaining spelling with a `distinct` pair, and drops the
 * name of every group of either side, a person it redefines; papers added
 * are collected, and an update or removal leaves the paper's earlier record out. Every decision
 * carries who made it and when, as its reason.
 *
 * @example const { overrides, papers } = foldChanges({ same: [], distinct: [] }, await store.changes());
 */
export function foldChanges(base: IdentityOverrides, entries: readonly JournalEntry[]): Curation {
  let same = base.same.map((group) => ({ ...group, names: [...group.names] }));
  let distinct = [...base.distinct];
  let papers: PaperRecord[] = [];
  const removed = new Set<string>();
  const formerIds = new Map<string, string>();
  for (const { at, writer, change } of entries) {
    switch (change.kind) {
      case 'mergeAuthors': {
        // The first author's spelling first: the group's person keeps its key, so its id.
        const names = [...new Set(change.authors.flatMap((author) => author.spellings))];
        const joined = new Set(names);
        const absorbed = same.filter((group) => group.names.some((name) => joined.has(name)));
        for (const group of absorbed) for (const name of group.names) if (!joined.has(name)) joined.add(name) && names.push(name);
        // Without a name of its own, the merge keeps the one the first merged person to have one was given.
        const name = change.name ?? names.map((spelling) => absorbed.find((group) => group.names.includes(spelling))?.name).find((given) => given !== undefined);
        const reason = `merged by ${writer} at ${at}`;
        same = [...same.filter((group) => !absorbed.includes(group)), name === undefined ? { names, reason } : { names, name, reason }];
        distinct = distinct.filter((group) => !group.names.every((spelling) => joined.has(spelling)));
        for (const { id, spellings } of change.authors) formerIds.set(id, spellings[0]!);
        break;
      }
      case 'splitAuthor': {
        const apart = new Set(change.spellings);
        const redefined = new Set([...change.spellings, ...change.remaining]);
        same = same
          .map(({ names, name, reason }) => {
            const kept = names.filter((spelling) => !apart.has(spelling));
            return name === undefined || names.some((spelling) => redefined.has(spelling)) ? { names: kept, reason } : { names: kept, name, reason };
          })
          .filter((group) => group.names.length > 1);
        const reason = `split by ${writer} at ${at}`;
        if (change.spellings.length > 1) same.push({ names: [...change.spellings], reason });
        for (const spelling of change.spellings) for (const other of change.remaining) distinct.push({ names: [spelling, other], reason });
        formerIds.set(change.id, change.remaining[0]!);
        break;
      }
      case 'addPapers':
        papers.push(...change.papers);
        break;
      case 'updatePaper':
      case 'removePaper':
        // The paper is either a source record or one added earlier: leave out both.
        removed.add(change.id);
        papers = papers.filter((paper) => paperLocalId(paper) !== change.id);
        if (change.kind === 'updatePaper') papers.push(change.paper);
        break;
    }
  }
  return { overrides: { same: same satisfies IdentityOverride[], distinct }, papers, removed, formerIds };
}
