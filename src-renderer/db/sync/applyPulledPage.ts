import { recordSchemas, isSyncedTable, syncedTables, type SyncedTable } from '@shared/domain/recordSchemas';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { isPurgedRow, mergeIncomingChanges, type IncomingChange, type MergedRow, type SyncRow } from '@shared/sync/mergeIncomingChange';
import type { FieldChange } from '@shared/sync/recordWrite';
import { syncFieldCatalog } from '@shared/sync/syncedFields';
import { deriveFields, linkDerivations } from '../derivedFields';
import type { OutpostDb } from '../OutpostDb';
import { recordStore } from '../recordStore';
import { outboxMetaKey, readOutboxMeta } from '../outboxMeta';
import { noteLinkedIdWork, recomputeLinkedIds, type LinkedIdWork } from './recomputeLinkedIds';
import { storedKeysAmong } from './storedKeysAmong';
import { keptRowKey, pullCursorKey, tombstoneKey } from './syncMetaKeys';

type AnyRow = Record<string, unknown> & { id: string };

// What a page changed, per table, with the rows as stored: for the mutation layer's listeners.
export type AppliedRows = Map<SyncedTable, AnyRow[]>;

// Tables whose id sets other rows derive from theirs come after them, so a page holding a
// contact and its tags computes tagIds once the contact is there.
const parentTables = new Set(Object.values(linkDerivations).map((link) => link.parentTable));

// Merges one pulled page into the database in ONE transaction with the new cursor, so the
// cursor never moves past a change that was not stored, nor stays behind one that was (a
// retried page merges to the same rows anyway). Pulled changes never enter the outbox.
// A null cursor leaves the stored one as it is (replaying kept changes).
export async function applyPulledPage(db: OutpostDb, clock: HybridLogicalClock, changes: readonly FieldChange[], cursor: string | null): Promise<AppliedRows> {
  // Refuses a page stamped too far ahead of this device's clock before anything is written.
  const latest = changes.reduce((max, change) => (change.hlc > max ? change.hlc : max), '');
  if (latest) clock.observe(latest);

  const byTable = groupByRow(changes);
  const tables = [...byTable.keys()].sort((a, b) => Number(parentTables.has(b as SyncedTable)) - Number(parentTables.has(a as SyncedTable)));
  const applied: AppliedRows = new Map();
  await db.transaction('rw', [...syncedTables, 'syncMeta'], async () => {
    const linkWork: LinkedIdWork = new Map();
    const stored = new Map<SyncedTable, AnyRow[]>();
    for (const table of tables) {
      const rows = byTable.get(table) as Map<string, IncomingChange[]>;
      if (!isSyncedTable(table)) {
        await keepUnknownRows(db, table, rows);
        continue;
      }
      const { puts, purged } = await mergeTable(db, table, rows, linkWork);
      stored.set(table, puts);
      applied.set(table, [...puts, ...purged]);
    }
    for (const [table, parents] of await recomputeLinkedIds(db, linkWork, stored)) {
      const rewritten = new Set(parents.map((parent) => parent.id));
      applied.set(table, [...(applied.get(table) ?? []).filter((row) => !rewritten.has(row.id)), ...parents]);
    }
    const meta = await readOutboxMeta(db);
    // The clock's high-water mark, so a restart never issues a timestamp below a pulled one.
    await db.syncMeta.put({ key: outboxMetaKey, value: { ...meta, lastHlc: clock.last } });
    if (cursor !== null) await db.syncMeta.put({ key: pullCursorKey, value: cursor });
  });
  return applied;
}

function groupByRow(changes: readonly FieldChange[]): Map<string, Map<string, IncomingChange[]>> {
  const byTable = new Map<string, Map<string, IncomingChange[]>>();
  for (const change of changes) {
    let rows = byTable.get(change.table);
    if (!rows) byTable.set(change.table, (rows = new Map()));
    const row = rows.get(change.rowId);
    if (row) row.push(change);
    else rows.set(change.rowId, [change]);
  }
  return byTable;
}

// Returns the rows it stored and, apart, the purged ones as they were.
async function mergeTable(db: OutpostDb, table: SyncedTable, incoming: Map<string, IncomingChange[]>, linkWork: LinkedIdWork): Promise<{ puts: SyncRow[]; purged: AnyRow[] }> {
  const store = recordStore<SyncRow>(db, table);
  const catalog = syncFieldCatalog(table);
  const ids = [...incoming.keys()];
  const [existing, tombstones] = await Promise.all([readStoredRows(db, table, ids), readTombstones(db, table, ids)]);
  const link = linkDerivations[table];
  const puts: SyncRow[] = [];
  const purged: AnyRow[] = [];
  const purgedIds: string[] = [];
  ids.forEach((id, index) => {
    const before = existing[index];
    const current: MergedRow | undefined = tombstones.has(id) ? { id, purged: true } : before;
    const outcome = mergeIncomingChanges(id, current, incoming.get(id) as IncomingChange[], catalog);
    if (!outcome.rowChanged) return;
    if (isPurgedRow(outcome.row)) {
      purgedIds.push(id);
      if (before) purged.push({ ...before, deleted: 1 });
      if (link && before) noteLinkedIdWork(linkWork, table, before[link.parentKey]);
      return;
    }
    const row = outcome.row;
    if (outcome.changedFields.length > 0 || !before) Object.assign(row, derivedFor(table, row));
    puts.push(row);
    if (link) noteLinkedIdWork(linkWork, table, row[link.parentKey]);
    // A parent new to this device picks up links that arrived before it.
    if (!before) for (const [linkTable, derivation] of Object.entries(linkDerivations)) if (derivation.parentTable === table) noteLinkedIdWork(linkWork, linkTable as SyncedTable, id);
  });
  await store.bulkPut(puts);
  if (purgedIds.length > 0) {
    await store.bulkDelete(purgedIds);
    await db.syncMeta.bulkPut(purgedIds.map((id) => ({ key: tombstoneKey(table, id), value: true })));
  }
  // Listeners see a purged row as deleted, the way views already hide rows in the trash.
  return { puts, purged };
}

// The stored rows of `ids`, in their order; a look-up per id only where the page's rows are not
// mostly new to the device (see storedKeysAmong). Events are packed, so theirs are looked up.
async function readStoredRows(db: OutpostDb, table: SyncedTable, ids: string[]): Promise<Array<SyncRow | undefined>> {
  const store = recordStore<SyncRow>(db, table);
  const stored = table === 'events' ? null : await storedKeysAmong(db.table(table), ids);
  if (!stored) return store.bulkGet(ids);
  const present = ids.filter((id) => stored.has(id));
  const rows = present.length > 0 ? await store.bulkGet(present) : [];
  const byId = new Map(present.map((id, index) => [id, rows[index]]));
  return ids.map((id) => byId.get(id));
}

// The ids among `ids` that were purged here.
async function readTombstones(db: OutpostDb, table: SyncedTable, ids: string[]): Promise<Set<string>> {
  const keys = ids.map((id) => tombstoneKey(table, id));
  const stored = await storedKeysAmong(db.syncMeta, keys);
  if (stored) return new Set(ids.filter((_, index) => stored.has(keys[index] as string)));
  const tombstones = await db.syncMeta.bulkGet(keys);
  return new Set(ids.filter((_, index) => tombstones[index]));
}

// Sort names, search tokens and the like, from the row's fields as the schema reads them (a row
// the schema refuses keeps what it had). Id sets are recomputed from link rows separately.
function derivedFor(table: SyncedTable, row: SyncRow): Record<string, unknown> {
  const schema = recordSchemas[table];
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (key in row) fields[key] = row[key];
  const parsed = schema.safeParse(fields);
  return parsed.success ? deriveFields(table, parsed.data as never, row) : {};
}

async function keepUnknownRows(db: OutpostDb, table: string, incoming: Map<string, IncomingChange[]>): Promise<void> {
  const keys = [...incoming.keys()].map((id) => keptRowKey(table, id));
  const existing = await db.syncMeta.bulkGet(keys);
  const rows = [...incoming].map(([id, changes], index) => ({
    key: keys[index] as string,
    value: mergeIncomingChanges(id, existing[index]?.value as MergedRow | undefined, changes, null).row,
  }));
  await db.syncMeta.bulkPut(rows);
}
