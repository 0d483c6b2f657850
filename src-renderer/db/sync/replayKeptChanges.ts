import { isSyncedTable, syncedTables } from '@shared/domain/recordSchemas';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { isPurgedRow, type MergedRow, type SyncRow } from '@shared/sync/mergeIncomingChange';
import type { FieldChange } from '@shared/sync/recordWrite';
import { maxPullLimit } from '@shared/sync/syncProtocol';
import { isKnownField, syncFieldCatalog, syncFieldSignature } from '@shared/sync/syncedFields';
import type { MutationLayer } from '../mutations/createMutationLayer';
import type { OutpostDb } from '../OutpostDb';
import { readAllRecords } from '../recordStore';
import { applyPulledPage } from './applyPulledPage';
import { keptRowPrefix, replayedCatalogKey } from './syncMetaKeys';

// After an upgrade, merges what older versions kept for this one as if it had just been pulled:
// rows of tables this version now knows (kept in syncMeta) and fields it now knows (kept on
// rows). Runs once per new field catalogue; a crash halfway replays again, which is harmless.
export async function replayKeptChanges(db: OutpostDb, clock: HybridLogicalClock, mutations: MutationLayer): Promise<void> {
  const signature = syncFieldSignature();
  if ((await db.syncMeta.get(replayedCatalogKey))?.value === signature) return;

  const changes: FieldChange[] = [];
  const replayedKeys: string[] = [];
  for (const entry of await db.syncMeta.where('key').startsWith(keptRowPrefix).toArray()) {
    const [table, ...rest] = entry.key.slice(keptRowPrefix.length).split('/');
    const rowId = rest.join('/');
    if (!table || !isSyncedTable(table)) continue;
    const row = entry.value as MergedRow;
    // Purge absorbs everything, so the HLC of a replayed purge does not matter.
    if (isPurgedRow(row)) changes.push({ table, rowId, field: 'purged', value: true, hlc: '' });
    else for (const [field, kept] of Object.entries(row.keptFields ?? {})) changes.push({ table, rowId, field, ...kept });
    replayedKeys.push(entry.key);
  }
  for (const table of syncedTables) {
    const catalog = syncFieldCatalog(table);
    const rows = ((await readAllRecords(db, table)) as SyncRow[]).filter((row) => Object.keys(row.keptFields ?? {}).some((field) => isKnownField(catalog, field)));
    for (const row of rows) for (const [field, kept] of Object.entries(row.keptFields ?? {})) changes.push({ table, rowId: row.id, field, ...kept });
  }

  for (let start = 0; start < changes.length; start += maxPullLimit) {
    for (const [table, rows] of await applyPulledPage(db, clock, changes.slice(start, start + maxPullLimit), null)) mutations.announce(table, rows);
  }
  await db.transaction('rw', db.syncMeta, async () => {
    await db.syncMeta.bulkDelete(replayedKeys);
    await db.syncMeta.put({ key: replayedCatalogKey, value: signature });
  });
}
