import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeWorkspaceFile } from '@shared/backup/writeWorkspaceFile';
import { isEventFacts, type EventsTableRow } from '@renderer/db/events/eventRows';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { schemaVersions } from '@renderer/db/schemaVersions';
import { createWorkspaceFile } from '@renderer/modules/backup/utils/createWorkspaceFile';
import { isWorkspaceEmpty } from '@renderer/modules/backup/utils/isWorkspaceEmpty';
import { restoreWorkspace } from '@renderer/modules/backup/utils/restoreWorkspace';
import { workspaceObjectCounts } from '@renderer/modules/backup/utils/workspaceObjects';
import type { WorkspaceHeader } from '@shared/backup/workspaceFileFormat';
import { loadDemoData } from '@renderer/modules/demo/utils/loadDemoData';
import { openTestDatabase, uniqueDatabaseName } from '../../helpers/testDatabase';
import { workspaceFileRefusal } from '../../helpers/workspaceFileRefusal';

async function dumpTables(db: Dexie): Promise<Record<string, unknown[]>> {
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  return dump;
}

async function freshDatabase() {
  const db = openOutpostDb(uniqueDatabaseName('restore'));
  await db.open();
  return db;
}

describe('backing up and restoring the demo workspace', () => {
  let demo: Record<string, unknown[]>;
  let file: Uint8Array;
  let fileHeader: WorkspaceHeader;

  beforeAll(async () => {
    const { db, mutations } = await openTestDatabase();
    await loadDemoData(mutations, { scale: 0.05 });
    const [trashed] = await db.contacts.limit(1).primaryKeys();
    await mutations.softDelete('contacts', [trashed ?? ''], 'Delete contact');
    await db.settings.put({ key: 'onboardedAt', value: '2026-12-04T10:00:00.000Z' });
    demo = await dumpTables(db);
    ({ bytes: file, header: fileHeader } = await createWorkspaceFile(db, { appVersion: '0.1.0' }));
    db.close();
    await Dexie.delete(db.name);
  });

  it('restores a wiped database to the same rows, table by table, outbox and sync state included, the events facts rows made again', async () => {
    expect(demo.contacts?.length).toBeGreaterThan(50);
    expect(demo.outbox?.length).toBeGreaterThan(0);
    expect(demo.syncMeta?.length).toBeGreaterThan(0);
    const db = await freshDatabase();
    const header = await restoreWorkspace(db, file);
    // The events' facts rows are derived from their batches: the file leaves them out.
    const inFile = (table: string, rows: unknown[]) => (table === 'events' ? rows.filter((row) => !isEventFacts(row as EventsTableRow)) : rows);
    expect(demo.events?.filter((row) => isEventFacts(row as EventsTableRow)).length).toBeGreaterThan(0);
    expect(header.tables).toEqual(Object.fromEntries(Object.entries(demo).map(([table, rows]) => [table, inFile(table, rows).length])));
    expect(await dumpTables(db)).toEqual(demo);
  });

  it('counts user objects in the header: events one by one out of their packed rows, trashed records left out, the outbox as unsynced changes', async () => {
    const live = (rows: unknown[] = []) => rows.filter((row) => (row as { deleted: number }).deleted === 0);
    const batches = (demo.events ?? []).filter((row): row is { events: unknown[] } => 'events' in (row as object));
    const summary = (demo.events ?? []).find((row) => (row as { id: string }).id === 'summary') as { nameCounts: Record<string, number> };
    const eventCount = batches.reduce((sum, batch) => sum + live(batch.events).length, 0);
    // The summary row keeps its own count of the stored events, and the events table holds far fewer rows.
    expect(eventCount).toBe(Object.values(summary.nameCounts).reduce((sum, count) => sum + count, 0));
    expect(fileHeader.tables.events).toBeLessThan(eventCount / 10);
    expect(live(demo.contacts).length).toBe((demo.contacts?.length ?? 0) - 1);

    const { objects, unsyncedChanges } = workspaceObjectCounts(fileHeader);
    const counts = Object.fromEntries(objects.map(({ label, count }) => [label, count]));
    expect(counts).toMatchObject({ contacts: live(demo.contacts).length, companies: live(demo.companies).length, deals: live(demo.deals).length, events: eventCount, 'notes and activities': live(demo.notes).length });
    for (const internal of ['outbox', 'settings', 'syncMeta', 'sync meta', 'memberships']) expect(Object.keys(counts)).not.toContain(internal);
    // As the status bar counts them: one per record write, however many a chunk's outbox row holds.
    const writes = (demo.outbox ?? []).reduce<number>((sum, row) => sum + (row as { writes: unknown[] }).writes.length, 0);
    expect(writes).toBeGreaterThan(demo.outbox?.length ?? 0);
    expect(unsyncedChanges).toBe(writes);
    expect(Object.keys(fileHeader.objects ?? {})).not.toContain('settings');
  });

  it('replaces what was there rather than merging with it', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Only here', color: 'red' });
    await restoreWorkspace(db, file);
    expect(await dumpTables(db)).toEqual(demo);
  });

  it('restores a password-protected export with its password and refuses another, changing nothing', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Keep me', color: 'red' });
    const before = await dumpTables(db);
    const source = await freshDatabase();
    await restoreWorkspace(source, file);
    const { bytes: encrypted } = await createWorkspaceFile(source, { appVersion: '0.1.0', password: 'trade show' });

    expect((await workspaceFileRefusal(restoreWorkspace(db, encrypted, { password: 'wrong' }))).problem).toBe('wrong-password');
    expect(await dumpTables(db)).toEqual(before);
    await restoreWorkspace(db, encrypted, { password: 'trade show' });
    expect(await dumpTables(db)).toEqual(demo);
  });

  it('refuses a truncated or tampered file and a newer schema before touching the workspace', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Keep me', color: 'red' });
    const before = await dumpTables(db);
    expect((await workspaceFileRefusal(restoreWorkspace(db, file.subarray(0, file.byteLength / 2)))).problem).toBe('damaged');
    const tampered = file.slice();
    tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 1;
    expect((await workspaceFileRefusal(restoreWorkspace(db, tampered))).problem).toBe('damaged');
    const newer = await writeWorkspaceFile({ schemaVersion: db.verno + 1, appVersion: '9.0.0', createdAt: new Date().toISOString(), tables: [] });
    expect((await workspaceFileRefusal(restoreWorkspace(db, newer.bytes))).problem).toBe('newer-version');
    expect(await dumpTables(db)).toEqual(before);
  });

  it('rolls the whole restore back when a chunk fails half-way', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.create('tags', { name: 'Keep me', color: 'red' });
    const before = await dumpTables(db);
    async function* rows(list: unknown[]) {
      yield list;
    }
    // Passes the checksum (written whole) but holds a table no schema has, after real rows.
    const broken = await writeWorkspaceFile({
      schemaVersion: db.verno,
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
      tables: [
        { name: 'contacts', chunks: () => rows(demo.contacts ?? []) },
        { name: 'ghosts', chunks: () => rows([{ id: 'g1' }]) },
      ],
    });
    expect((await workspaceFileRefusal(restoreWorkspace(db, broken.bytes))).problem).toBe('damaged');
    expect(await dumpTables(db)).toEqual(before);
  });
});

describe('restoring a backup from an earlier schema version', () => {
  it('upgrades the version 1 fixture on the way in, losing no row', async () => {
    const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/db/v1.json'), 'utf8')) as { tables: Record<string, unknown[]> };
    const old = openOutpostDb(uniqueDatabaseName('v1'), schemaVersions.filter((entry) => entry.version === 1));
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
    const { bytes, header } = await createWorkspaceFile(old, { appVersion: '0.0.9' });
    expect(header.schemaVersion).toBe(1);

    const db = await freshDatabase();
    await restoreWorkspace(db, bytes);
    for (const [table, rows] of Object.entries(fixture.tables)) {
      // Later versions may store events packed several to a row (db/events).
      if (table === 'events') continue;
      expect(await db.table(table).toArray(), table).toEqual(rows.map((row) => expect.objectContaining(row as object)));
    }
    expect((await db.table('notes').toArray()).every((note: { kind?: string }) => note.kind)).toBe(true);
  });
});

describe('what counts as an empty workspace at start', () => {
  it('is a database with no row at all; one the user started empty keeps its onboarding setting', async () => {
    const db = await freshDatabase();
    expect(await isWorkspaceEmpty(db)).toBe(true);
    await db.settings.put({ key: 'onboardedAt', value: '2026-12-04T10:00:00.000Z' });
    expect(await isWorkspaceEmpty(db)).toBe(false);
  });
});
