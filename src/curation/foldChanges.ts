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
  /** Names a merge gave, each under the spelling that finds its person: the first of the merged group. */
  readonly displayNames: ReadonlyMap<string, string>;
}

/**
 * Applies `entries` in order over the curated decisions of an overrides
 * file: a merge joins the spellings of its authors in one `same` group
 * (absorbing groups that share a spelling, dropping `distinct` pairs inside
 * it) and keeps the name it gave, or else a name one of the merged people
 * had; a split takes its spellings out of every `same` group and keeps each
 * apart from each remaining spelling with a `distinct` pair, and drops the
 * names given to either side, a person it redefines; papers added
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
  const displayNames = new Map<string, string>();
  for (const { at, writer, change } of entries) {
    switch (change.kind) {
      case 'mergeAuthors': {
        // The first author's spelling first: the group's person keeps its key, so its id.
        const names = [...new Set(change.authors.flatMap((author) => author.spellings))];
        const joined = new Set(names);
        const absorbed = same.filter((group) => group.names.some((name) => joined.has(name)));
        for (const group of absorbed) for (const name of group.names) if (!joined.has(name)) joined.add(name) && names.push(name);
        same = [...same.filter((group) => !absorbed.includes(group)), { names, reason: `merged by ${writer} at ${at}` }];
        distinct = distinct.filter((group) => !group.names.every((name) => joined.has(name)));
        for (const { id, spellings } of change.authors) formerIds.set(id, spellings[0]!);
        const name = change.name ?? names.map((spelling) => displayNames.get(spelling)).find((given) => given !== undefined);
        for (const spelling of names) displayNames.delete(spelling);
        if (name !== undefined) displayNames.set(names[0]!, name);
        break;
      }
      case 'splitAuthor': {
        const apart = new Set(change.spellings);
        same = same.map((group) => ({ ...group, names: group.names.filter((name) => !apart.has(name)) })).filter((group) => group.names.length > 1);
        const reason = `split by ${writer} at ${at}`;
        if (change.spellings.length > 1) same.push({ names: [...change.spellings], reason });
        for (const spelling of change.spellings) for (const other of change.remaining) distinct.push({ names: [spelling, other], reason });
        formerIds.set(change.id, change.remaining[0]!);
        for (const spelling of [...change.spellings, ...change.remaining]) displayNames.delete(spelling);
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
  return { overrides: { same: same satisfies IdentityOverride[], distinct }, papers, removed, formerIds, displayNames };
}
