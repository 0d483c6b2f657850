import Dexie from 'dexie';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';
import { createWorkspaceFile } from '@renderer/modules/backup/utils/createWorkspaceFile';
import { isDerivedRow } from '@renderer/modules/backup/utils/readWorkspaceTables';
import { restoreWorkspace } from '@renderer/modules/backup/utils/restoreWorkspace';

const restoreTarget = 'outpost-bench-restore';
let lastBackup: Uint8Array | null = null;

type Timed = { ms: number; longestTaskMs: number };

// Wall time of `work` and the longest main-thread task meanwhile (what a user would feel).
async function timed(work: () => Promise<unknown>): Promise<Timed> {
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { ms, longestTaskMs };
}

async function openAppDb() {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  return db;
}

// The app's database written as one backup file (every table, gzip, checksum), as "Back up now"
// does, short of handing the bytes to the bridge.
export async function backupWriteWorkspaceFile(): Promise<Timed & { bytes: number; tables: Record<string, number> }> {
  const db = await openAppDb();
  let tables: Record<string, number> = {};
  const result = await timed(async () => {
    const file = await createWorkspaceFile(db, { appVersion: 'bench' });
    lastBackup = file.bytes;
    tables = file.header.tables;
  });
  db.close();
  return { ...result, bytes: lastBackup?.byteLength ?? 0, tables };
}

// Floor: Dexie toArray of every table and JSON.stringify of the rows a backup holds (not the
// events' derived facts rows): the read and the serialisation alone, no compression or checksum.
export async function backupToArrayStringifyFloor(): Promise<Timed & { chars: number }> {
  const db = await openAppDb();
  let chars = 0;
  const result = await timed(async () => {
    for (const table of db.tables) {
      const rows = await table.toArray();
      chars += JSON.stringify(rows.filter((row) => !isDerivedRow(table.name, row))).length;
    }
  });
  db.close();
  return { ...result, chars };
}

// The last backup restored (checked, then one transaction over every table) into a database of
// its own at the current schema, so the bench's database stays as it is.
export async function backupRestoreWorkspaceFile(): Promise<Timed> {
  if (!lastBackup) throw new Error('Run backupWriteWorkspaceFile first');
  const bytes = lastBackup;
  await Dexie.delete(restoreTarget);
  const db = openOutpostDb(restoreTarget);
  await db.open();
  const result = await timed(() => restoreWorkspace(db, bytes));
  db.close();
  await Dexie.delete(restoreTarget);
  return result;
}

// Floor: bulkPut of the same rows (read beforehand, not timed) into an empty database with the
// same schema, 2,000 rows per call, one transaction per table.
export async function backupBulkPutFloor(): Promise<Timed> {
  const source = await openAppDb();
  const rows = new Map<string, unknown[]>();
  for (const table of source.tables) rows.set(table.name, await table.toArray());
  source.close();
  await Dexie.delete(restoreTarget);
  const db = openOutpostDb(restoreTarget);
  await db.open();
  const result = await timed(async () => {
    for (const [name, tableRows] of rows) {
      await db.transaction('rw', name, async () => {
        for (let start = 0; start < tableRows.length; start += 2_000) await db.table(name).bulkPut(tableRows.slice(start, start + 2_000));
      });
    }
  });
  db.close();
  await Dexie.delete(restoreTarget);
  return result;
}
