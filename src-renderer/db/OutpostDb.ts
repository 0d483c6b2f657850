import Dexie, { type EntityTable, type Table } from 'dexie';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { ImportJobRow, OutboxRow, SettingRow, StoredRecord, SyncMetaRow } from './rowTypes';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

type SyncedTables = { [T in SyncedTable]: EntityTable<StoredRecord<T>, 'id'> };

export type OutpostDb = Dexie &
  SyncedTables & {
    outbox: Table<OutboxRow, number>;
    syncMeta: EntityTable<SyncMetaRow, 'key'>;
    settings: EntityTable<SettingRow, 'key'>;
    importJobs: EntityTable<ImportJobRow, 'id'>;
  };

export const defaultDatabaseName = 'outpost';

export function openOutpostDb(name = defaultDatabaseName, versions: SchemaVersion[] = schemaVersions): OutpostDb {
  const db = new Dexie(name) as OutpostDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
