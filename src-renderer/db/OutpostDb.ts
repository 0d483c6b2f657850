import Dexie, { type EntityTable, type Table } from 'dexie';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import type { EventsTableRow } from './events/eventRows';
import type { ImportJobRow, OutboxRow, SettingRow, StoredRecord, SyncMetaRow } from './rowTypes';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

// Events are packed into batch rows (db/events): read them through that module, never as rows.
type SyncedTables = { [T in Exclude<SyncedTable, 'events'>]: EntityTable<StoredRecord<T>, 'id'> } & { events: Table<EventsTableRow, string> };

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
