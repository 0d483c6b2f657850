import Dexie, { type Table } from 'dexie';
import type { WorkspaceTableSource } from '@shared/backup/writeWorkspaceFile';
import { isEventFacts, type EventsTableRow } from '../../../db/events/eventRows';
import { objectCounter } from './workspaceObjects';

// Read last: a write landing mid-backup then has its outbox row in the file even when its
// record row was read before it, so a restore still pushes it (the server sends the row back).
const readLast = ['outbox', 'syncMeta'];

// About this much JSON per chunk, and at most 500 rows: reading (structured-cloning) more in
// one IndexedDB call is a long task on the main thread.
const chunkTargetChars = 1_000_000;
const maxChunkRows = 500;

// Rows derived from others in the same table, which a backup leaves out and a restore makes
// again (restoreWorkspace): the events' facts rows, a third of the events table.
export const isDerivedRow = (tableName: string, row: unknown) => tableName === 'events' && isEventFacts(row as EventsTableRow);

async function* readTableChunks(table: Table): AsyncGenerator<unknown[]> {
  const keyPath = table.schema.primKey.keyPath as string;
  const [first] = await table.orderBy(':id').limit(1).toArray();
  if (first === undefined) return;
  const size = Math.max(1, Math.min(maxChunkRows, Math.floor(chunkTargetChars / JSON.stringify(first).length)));
  let rows = await table.orderBy(':id').limit(size).toArray();
  while (rows.length > 0) {
    const kept = rows.filter((row) => !isDerivedRow(table.name, row));
    if (kept.length > 0) yield kept;
    if (rows.length < size) return;
    const lastKey: unknown = Dexie.getByKeyPath(rows.at(-1), keyPath);
    rows = await table
      .where(':id')
      .above(lastKey)
      .limit(size)
      .toArray();
  }
}

// Every table of the schema the database was opened with, so tables added by later versions
// are backed up without a change here. Keyset pages by primary key: never one transaction or
// one array over a whole table, so writes and the UI carry on meanwhile. User objects are
// counted on the way (the header's `objects`).
export function readWorkspaceTables(db: Dexie): WorkspaceTableSource[] {
  const ordered = [...db.tables].sort((a, b) => Number(readLast.includes(a.name)) - Number(readLast.includes(b.name)));
  return ordered.map((table) => ({ name: table.name, chunks: () => readTableChunks(table), countObjects: objectCounter(table.name) }));
}
