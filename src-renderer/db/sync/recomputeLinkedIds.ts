import type { Table } from 'dexie';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import { linkDerivations } from '../derivedFields';
import type { OutpostDb } from '../OutpostDb';

type AnyRow = Record<string, unknown> & { id: string };

// The parents whose id sets (contact.tagIds, deal.contactIds, ...) a page may have changed:
// per link table, the parent ids to recompute.
export type LinkedIdWork = Map<SyncedTable, Set<string>>;

export function noteLinkedIdWork(work: LinkedIdWork, linkTable: SyncedTable, parentId: unknown): void {
  if (typeof parentId !== 'string') return;
  const ids = work.get(linkTable) ?? new Set<string>();
  ids.add(parentId);
  work.set(linkTable, ids);
}

// Rebuilds each noted parent's id set from its live link rows: one indexed query per link
// table, however the page's changes arrived (a link may even come before its parent).
// `stored`: rows the page has just written, taken as they are instead of read back.
// Returns the parents whose id sets changed, to be announced with the page.
export async function recomputeLinkedIds(db: OutpostDb, work: LinkedIdWork, stored: ReadonlyMap<SyncedTable, readonly AnyRow[]>): Promise<Map<SyncedTable, AnyRow[]>> {
  const rewritten = new Map<SyncedTable, Map<string, AnyRow>>();
  const changedParents = new Map<SyncedTable, Set<string>>();
  for (const [linkTable, parentIds] of work) {
    const link = linkDerivations[linkTable];
    if (!link || parentIds.size === 0) continue;
    const ids = [...parentIds];
    const parentStore = db.table(link.parentTable) as Table<AnyRow, string>;
    const known = rewritten.get(link.parentTable) ?? new Map((stored.get(link.parentTable) ?? []).map((row) => [row.id, row]));
    const missing = ids.filter((id) => !known.has(id));
    for (const parent of await parentStore.bulkGet(missing)) if (parent) known.set(parent.id, parent);
    const links = (await db.table(linkTable).where(link.parentKey).anyOf(ids).toArray()) as AnyRow[];
    const live = new Map<string, string[]>();
    for (const row of links) {
      if (row.deleted !== 0) continue;
      const parentId = row[link.parentKey] as string;
      live.set(parentId, [...(live.get(parentId) ?? []), row[link.valueKey] as string]);
    }
    const changed = changedParents.get(link.parentTable) ?? new Set<string>();
    for (const id of ids) {
      const parent = known.get(id);
      if (!parent) continue;
      const next = (live.get(id) ?? []).sort();
      const before = (parent[link.arrayField] as string[] | undefined) ?? [];
      // Most parents new to the device have no links yet: no second write for them.
      if (next.length === before.length && next.every((value, index) => value === before[index])) continue;
      parent[link.arrayField] = next;
      changed.add(id);
    }
    rewritten.set(link.parentTable, known);
    changedParents.set(link.parentTable, changed);
  }
  const result = new Map<SyncedTable, AnyRow[]>();
  for (const [table, rows] of rewritten) {
    const changed = changedParents.get(table) ?? new Set<string>();
    const list = [...rows.values()].filter((row) => changed.has(row.id));
    if (list.length === 0) continue;
    await db.table(table).bulkPut(list);
    result.set(table, list);
  }
  return result;
}
