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
  // Strict: a write is reported done only once it is on disk. Chromium's default (relaxed) may
  // report it before, so a capture cleared from the form could be lost to a power cut. Bulk
  // writes commit per chunk of thousands of rows, so the flush costs little.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as OutpostDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
