import type { Table } from 'dexie';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import { eventStore } from './events/eventStore';
import { eachStoredEvent } from './events/readEvents';
import type { OutpostDb } from './OutpostDb';

// The row-by-id access the mutation layer, sync and purge need, for any synced table. Events are
// packed several to an IndexedDB row (db/events), so theirs goes through the events store.
export type RecordStore<R extends { id: string }> = {
  get(id: string): Promise<R | undefined>;
  bulkGet(ids: string[]): Promise<Array<R | undefined>>;
  bulkPut(rows: R[]): Promise<unknown>;
  // Rows whose ids were just made (newId): nothing is stored under them yet.
  bulkAdd(rows: R[]): Promise<unknown>;
  bulkDelete(ids: string[]): Promise<unknown>;
};

export function recordStore<R extends { id: string }>(db: OutpostDb, table: SyncedTable): RecordStore<R> {
  if (table === 'events') return eventStore(db.events) as unknown as RecordStore<R>;
  return db.table(table) as Table<R, string>;
}

// Every stored record of a table, whatever its layout (replaying kept fields, checks in tests).
export async function readAllRecords(db: OutpostDb, table: SyncedTable): Promise<Array<Record<string, unknown> & { id: string }>> {
  if (table !== 'events') return db.table(table).toArray();
  const events: Array<Record<string, unknown> & { id: string }> = [];
  await eachStoredEvent(db, (event) => events.push(event));
  return events;
}
