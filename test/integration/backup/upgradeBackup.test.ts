import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { currentSchemaVersion, schemaVersions, type SchemaVersion } from '@renderer/db/schemaVersions';
import { createWorkspaceFile } from '@renderer/modules/backup/utils/createWorkspaceFile';
import { openWithUpgradeBackup, UpgradeBackupFailedError } from '@renderer/modules/backup/utils/openWithUpgradeBackup';
import { restoreWorkspace } from '@renderer/modules/backup/utils/restoreWorkspace';
import { readDatabaseFixture } from '../../helpers/databaseFixtures';
import { uniqueDatabaseName } from '../../helpers/testDatabase';


async function seed(version: number): Promise<{ name: string; tables: Record<string, unknown[]> }> {
  const { tables } = readDatabaseFixture(`v${version}.json`);
  const name = uniqueDatabaseName('installed');
  const old = openOutpostDb(name, schemaVersions.filter((entry) => entry.version <= version));
  await old.open();
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return { name, tables };
}

async function installed(name: string) {
  const db = new Dexie(name);
  await db.open();
  const dump: Record<string, unknown[]> = {};
  for (const table of db.tables) dump[table.name] = await table.toArray();
  db.close();
  return { version: db.verno, dump };
}

// The fixture of a version as the current schema stores it: seeded, then upgraded as usual.
async function upgradedFixture(version: number): Promise<Record<string, unknown[]>> {
  const { name } = await seed(version);
  const db = openOutpostDb(name);
  await db.open();
  db.close();
  return (await installed(name)).dump;
}

// Upgrades may pack rows under fresh ids (events, db/events): rows are compared without ids.
function comparable(dump: Record<string, unknown[]>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [table, rows.map((row) => JSON.stringify({ ...(row as object), id: undefined })).sort()]),
  );
}

describe('backing up before a schema upgrade', () => {
  for (const { version } of schemaVersions.filter((entry) => entry.version < currentSchemaVersion)) {
    it(`backs up a version ${version} database as it was, then upgrades it; the backup restores to the same upgraded rows`, async () => {
      const { name } = await seed(version);
      const backups: Uint8Array[] = [];
      const upgraded = await openWithUpgradeBackup({
        name,
        targetVersion: currentSchemaVersion,
        open: async () => {
          const db = openOutpostDb(name);
          await db.open();
          return db;
        },
        backUp: async (db) => backups.push((await createWorkspaceFile(db, { appVersion: '0.0.9' })).bytes),
      });
      expect(upgraded.verno).toBe(currentSchemaVersion);
      upgraded.close();
      expect(backups).toHaveLength(1);

      const restored = openOutpostDb(uniqueDatabaseName('restored'));
      await restored.open();
      const header = await restoreWorkspace(restored, backups[0] ?? new Uint8Array());
      expect(header.schemaVersion).toBe(version);
      restored.close();
      expect(comparable((await installed(restored.name)).dump)).toEqual(comparable((await installed(name)).dump));
    });
  }

  it('does not back up a database that is already current, nor one that does not exist', async () => {
    const { name } = await seed(1);
    let calls = 0;
    const open = async () => {
      const db = openOutpostDb(name);
      await db.open();
      return db;
    };
    (await openWithUpgradeBackup({ name, targetVersion: currentSchemaVersion, open, backUp: async () => calls++ })).close();
    (await openWithUpgradeBackup({ name, targetVersion: currentSchemaVersion, open, backUp: async () => calls++ })).close();
    expect(calls).toBe(1);
    const fresh = await openWithUpgradeBackup({ name: uniqueDatabaseName('missing'), targetVersion: currentSchemaVersion, open: () => Promise.resolve('opened'), backUp: async () => calls++ });
    expect(fresh).toBe('opened');
    expect(calls).toBe(1);
  });

  it('does not upgrade when the backup before it fails, leaving every row at the old version; updating without a backup, once chosen, upgrades', async () => {
    const { name } = await seed(3);
    const before = await installed(name);
    let opened = 0;
    const open = async () => {
      opened += 1;
      const db = openOutpostDb(name);
      await db.open();
      return db;
    };
    const attempt = openWithUpgradeBackup({ name, targetVersion: currentSchemaVersion, open, backUp: () => Promise.reject(new Error('the disk is full')) });
    const error = await attempt.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UpgradeBackupFailedError);
    expect(error).toMatchObject({ installedVersion: 3, targetVersion: currentSchemaVersion, reason: 'the disk is full' });
    expect((error as Error).message).toBe(
      `Outpost backs up its database before updating it from version 3 to ${currentSchemaVersion}, and that backup failed: the disk is full. The database was not updated and is as it was.`,
    );
    expect(opened).toBe(0);
    expect(await installed(name)).toEqual(before);
    expect(before.version).toBe(3);

    let backedUp = 0;
    const upgraded = await openWithUpgradeBackup({ name, targetVersion: currentSchemaVersion, open, backUp: async () => backedUp++, withoutBackup: true });
    expect(upgraded.verno).toBe(currentSchemaVersion);
    upgraded.close();
    expect(backedUp).toBe(0);
    expect(comparable((await installed(name)).dump)).toEqual(comparable(await upgradedFixture(3)));
  });

  it('leaves the old database whole and says what happened when the migration fails', async () => {
    const { name } = await seed(3);
    const before = await installed(name);
    const failing: SchemaVersion = {
      version: currentSchemaVersion + 1,
      stores: { contacts: 'id, email' },
      upgrade: async (tx) => {
        await tx.table('contacts').toCollection().modify({ email: null });
        throw new Error('the disk is full');
      },
    };
    const attempt = openWithUpgradeBackup({
      name,
      targetVersion: currentSchemaVersion + 1,
      open: async () => {
        const db = openOutpostDb(name, [...schemaVersions, failing]);
        await db.open();
        return db;
      },
      backUp: () => Promise.resolve(),
    });
    await expect(attempt).rejects.toThrow(new RegExp(`^Updating the database from version 3 to ${currentSchemaVersion + 1} failed: .*the disk is full.*\\. The database was left as it was\\. A backup of it was written before the update`));
    expect(await installed(name)).toEqual(before);
  });
});
