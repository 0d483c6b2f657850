import Dexie from 'dexie';
import { openWorkspaceFile } from '@shared/backup/readWorkspaceFile';
import { WorkspaceFileError, type WorkspaceChunk, type WorkspaceHeader } from '@shared/backup/workspaceFileFormat';
import type { EventsTableRow } from '../../../db/events/eventRows';
import { withFactsRows } from '../../../db/events/packEvents';
import { openOutpostDb } from '../../../db/OutpostDb';
import { schemaVersions } from '../../../db/schemaVersions';
import { readWorkspaceTables } from './readWorkspaceTables';

// Rows per IndexedDB call: cloning more at once is a long task on the main thread.
const rowsPerPut = 500;

// One transaction over every table: cleared and refilled chunk by chunk, or, if anything fails
// (a damaged row, a full disk), left exactly as it was. Dexie.waitFor keeps the transaction
// alive while the next chunk is decompressed.
async function replaceAllTables(db: Dexie, chunks: AsyncIterator<WorkspaceChunk>): Promise<void> {
  const tableNames = new Set(db.tables.map((table) => table.name));
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    // The next chunk is decompressed while the current one is written; if a write fails
    // first, that read's own failure is not worth reporting.
    const ahead = () => {
      const read = chunks.next();
      read.catch(() => undefined);
      return read;
    };
    let upcoming = ahead();
    for (;;) {
      const next = await Dexie.waitFor(upcoming);
      if (next.done) return;
      upcoming = ahead();
      const { table } = next.value;
      const rows = table === 'events' ? withFactsRows(next.value.rows as EventsTableRow[]) : next.value.rows;
      if (!tableNames.has(table)) throw new WorkspaceFileError('damaged', `This file holds a table this version does not know ("${table}"); nothing was restored.`);
      for (let start = 0; start < rows.length; start += rowsPerPut) await db.table(table).bulkPut(rows.slice(start, start + rowsPerPut));
    }
  });
}

async function* chunksOf(db: Dexie): AsyncGenerator<WorkspaceChunk> {
  for (const table of readWorkspaceTables(db)) {
    for await (const rows of Dexie.ignoreTransaction(() => table.chunks())) yield { table: table.name, rows };
  }
}

// A file from an older schema is written into a scratch database at its own version, upgraded
// there by the same migrations as any database, then copied in.
async function restoreOlderSchema(db: Dexie, header: WorkspaceHeader, chunks: () => AsyncGenerator<WorkspaceChunk>): Promise<void> {
  const scratchName = `${db.name}-restore`;
  await Dexie.delete(scratchName);
  const old = openOutpostDb(scratchName, schemaVersions.filter((entry) => entry.version <= header.schemaVersion));
  await old.open();
  for await (const { table, rows } of chunks()) await old.table(table).bulkPut(rows);
  old.close();
  const upgraded = openOutpostDb(scratchName);
  try {
    await upgraded.open();
    await replaceAllTables(db, chunksOf(upgraded));
  } finally {
    upgraded.close();
    await Dexie.delete(scratchName);
  }
}

export type RestoreWorkspaceOptions = { password?: string | null };

// Checks the file first (format, newer schema, checksum, password), then replaces the whole
// workspace in one step. The caller backs up the current state before calling this.
export async function restoreWorkspace(db: Dexie, bytes: Uint8Array, options: RestoreWorkspaceOptions = {}): Promise<WorkspaceHeader> {
  const opened = await openWorkspaceFile(bytes, { password: options.password, currentSchemaVersion: db.verno });
  if (opened.header.schemaVersion < db.verno) await restoreOlderSchema(db, opened.header, opened.chunks);
  else await replaceAllTables(db, opened.chunks());
  return opened.header;
}
