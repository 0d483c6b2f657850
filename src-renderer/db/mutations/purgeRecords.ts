import type { Table } from 'dexie';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import type { RecordWrite } from '@shared/sync/recordWrite';
import { linkDerivations } from '../derivedFields';
import { isQuotaExceeded, StorageFullError } from '../errors';
import { readContactEventIds } from '../events/readEvents';
import type { OutpostDb } from '../OutpostDb';
import { recordStore } from '../recordStore';
import { outboxMetaKey, readOutboxMeta } from '../outboxMeta';
import { tombstoneKey } from '../sync/syncMetaKeys';
import { defaultChunkSize, type MutationLayerOptions } from './mutationOptions';
import { undoStore } from './undoStore';

type AnyRow = Record<string, unknown> & { id: string; deleted: 0 | 1 };
type Dependent = { table: SyncedTable; rowIds: (db: OutpostDb, ids: string[]) => Promise<string[]> };

const byIndex =
  (table: SyncedTable, index: string): Dependent['rowIds'] =>
  (db, ids) =>
    db.table(table).where(index).anyOf(ids).primaryKeys() as Promise<string[]>;

const contactEvents: Dependent['rowIds'] = (db, ids) => readContactEventIds(db, ids);

// What goes with a purged record: its link rows, and what is about it alone. A contact takes
// its notes and events (they describe the person; purging is how someone is forgotten), but
// tasks, tickets and deals are the team's work and stay, pointing at a contact that is gone
// (as they do for one in the trash). A company or deal takes its links and notes.
const dependents: Partial<Record<SyncedTable, Dependent[]>> = {
  contacts: [
    { table: 'memberships', rowIds: byIndex('memberships', 'contactId') },
    { table: 'contactTags', rowIds: byIndex('contactTags', 'contactId') },
    { table: 'contactLists', rowIds: byIndex('contactLists', 'contactId') },
    { table: 'dealContacts', rowIds: byIndex('dealContacts', 'contactId') },
    { table: 'duplicateDismissals', rowIds: byIndex('duplicateDismissals', 'contactId') },
    { table: 'duplicateDismissals', rowIds: byIndex('duplicateDismissals', 'otherContactId') },
    { table: 'notes', rowIds: byIndex('notes', 'contactId') },
    { table: 'events', rowIds: contactEvents },
  ],
  companies: [
    { table: 'memberships', rowIds: byIndex('memberships', 'companyId') },
    { table: 'notes', rowIds: byIndex('notes', 'companyId') },
  ],
  deals: [
    { table: 'dealContacts', rowIds: byIndex('dealContacts', 'dealId') },
    { table: 'notes', rowIds: byIndex('notes', 'dealId') },
  ],
};

export class PurgeRefusedError extends Error {
  constructor(readonly table: SyncedTable, readonly id: string) {
    super('Only records in the trash can be deleted forever');
    this.name = 'PurgeRefusedError';
  }
}

function transactionTables(table: SyncedTable): string[] {
  const tables = new Set<string>([table, 'outbox', 'syncMeta']);
  for (const dependent of dependents[table] ?? []) {
    tables.add(dependent.table);
    const link = linkDerivations[dependent.table];
    if (link) tables.add(link.parentTable);
  }
  return [...tables];
}

// Removes the link rows' values from the id sets of parents that stay (a purged company leaves
// the contacts' companyIds); those sets are local, so this writes no change of its own.
async function detachFromParents(db: OutpostDb, table: SyncedTable, rows: AnyRow[], purged: ReadonlySet<string>): Promise<void> {
  const link = linkDerivations[table];
  if (!link || rows.length === 0) return;
  const parents = db.table(link.parentTable) as Table<AnyRow, string>;
  const parentIds = [...new Set(rows.map((row) => row[link.parentKey] as string))].filter((id) => !purged.has(`${link.parentTable}/${id}`));
  const found = (await parents.bulkGet(parentIds)).filter((parent): parent is AnyRow => Boolean(parent));
  const byId = new Map(found.map((parent) => [parent.id, parent]));
  for (const row of rows) {
    const parent = byId.get(row[link.parentKey] as string);
    if (parent) parent[link.arrayField] = ((parent[link.arrayField] as string[] | undefined) ?? []).filter((id) => id !== row[link.valueKey]);
  }
  await parents.bulkPut([...byId.values()]);
}

// Deletes records from the trash for good, with what depends on them, in ONE transaction that
// also queues a purge change per removed row ({ purged: true, deleted: 1 }), so sync removes them
// on other devices too. Not undoable; an undo entry that would bring a purged row back is
// dropped. Records not in the trash are refused; ids already gone are skipped. Each removed row
// leaves a tombstone in syncMeta, so a late change pulled from another device cannot revive it.
export async function purgeRecords(db: OutpostDb, clock: HybridLogicalClock, table: SyncedTable, ids: string[], options: MutationLayerOptions = {}): Promise<number> {
  const chunkSize = options.chunkSize ?? defaultChunkSize;
  const purged = new Set<string>();
  try {
    await db.transaction('rw', transactionTables(table), async () => {
      const records = (await recordStore<AnyRow>(db, table).bulkGet(ids)).filter((row): row is AnyRow => Boolean(row));
      const refused = records.find((row) => row.deleted !== 1);
      if (refused) throw new PurgeRefusedError(table, refused.id);
      const recordIds = records.map((row) => row.id);
      const removals = new Map<SyncedTable, Set<string>>([[table, new Set(recordIds)]]);
      for (const dependent of recordIds.length > 0 ? (dependents[table] ?? []) : []) {
        const rowIds = removals.get(dependent.table) ?? new Set<string>();
        for (const id of await dependent.rowIds(db, recordIds)) rowIds.add(id);
        removals.set(dependent.table, rowIds);
      }
      for (const [removedTable, rowIds] of removals) for (const id of rowIds) purged.add(`${removedTable}/${id}`);

      const writes: RecordWrite[] = [];
      for (const [removedTable, rowIds] of removals) {
        const keys = [...rowIds];
        if (linkDerivations[removedTable]) {
          const rows = (await recordStore<AnyRow>(db, removedTable).bulkGet(keys)).filter((row): row is AnyRow => Boolean(row));
          await detachFromParents(db, removedTable, rows, purged);
        }
        await recordStore(db, removedTable).bulkDelete(keys);
        await db.syncMeta.bulkPut(keys.map((rowId) => ({ key: tombstoneKey(removedTable, rowId), value: true })));
        for (const rowId of keys) writes.push({ table: removedTable, rowId, hlc: clock.next(), fields: { purged: true, deleted: 1 } });
      }
      if (writes.length === 0) return;
      const createdAt = (options.now?.() ?? new Date()).toISOString();
      // One outbox row per chunk, as for bulk writes.
      for (let start = 0; start < writes.length; start += chunkSize) await db.outbox.add({ createdAt, writes: writes.slice(start, start + chunkSize) });
      const meta = await readOutboxMeta(db);
      await db.syncMeta.put({ key: outboxMetaKey, value: { pendingWrites: meta.pendingWrites + writes.length, lastHlc: clock.last } });
    });
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError(error);
    throw error;
  }
  const { last } = undoStore.getState();
  if (last?.steps.some((step) => step.rows.some((row) => purged.has(`${step.table}/${row.id}`)))) undoStore.setState({ last: null });
  return purged.size;
}
