import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { currentSchemaVersion, schemaVersions, type SchemaVersion } from '@renderer/db/schemaVersions';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

type DatabaseFixture = { schemaVersion: number; tables: Record<string, unknown[]> };

const fixtureDir = resolve(import.meta.dirname, '../../fixtures/db');
const fixtures = readdirSync(fixtureDir)
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFileSync(resolve(fixtureDir, file), 'utf8')) as DatabaseFixture);

// Writes a fixture with exactly the schema of its version, as an older app release would have.
async function seedFixture(fixture: DatabaseFixture): Promise<string> {
  const name = uniqueDatabaseName('fixture');
  const old = openOutpostDb(name, schemaVersions.filter((entry) => entry.version <= fixture.schemaVersion));
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return name;
}

describe('schema upgrades', () => {
  it('has a fixture for every released schema version', () => {
    expect(fixtures.map((fixture) => fixture.schemaVersion).sort()).toEqual(schemaVersions.map((entry) => entry.version));
  });

  for (const fixture of fixtures) {
    it(`opens a version ${fixture.schemaVersion} database with the current schema (v${currentSchemaVersion}) without losing a row`, async () => {
      const db = openOutpostDb(await seedFixture(fixture));
      await db.open();
      expect(db.verno).toBe(currentSchemaVersion);
      // Upgrades may add fields; every stored field of every row must survive.
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await db.table(table).toArray(), table).toEqual(rows.map((row) => expect.objectContaining(row as object)));
      }
      db.close();
    });
  }

  it('upgraded version 1 notes to the kinds of version 2', async () => {
    const v1Fixture = fixtures.find((fixture) => fixture.schemaVersion === 1);
    if (!v1Fixture) throw new Error('missing v1 fixture');
    const db = openOutpostDb(await seedFixture(v1Fixture));
    await db.open();
    expect((await db.notes.toArray()).map((note) => [note.kind, note.occurredAt])).toEqual(v1Fixture.tables.notes?.map(() => ['note', null]));
    db.close();
  });

  it('upgrades through a new version the documented way: new index, upgrade function, data kept', async () => {
    const latest = fixtures.find((fixture) => fixture.schemaVersion === currentSchemaVersion);
    if (!latest) throw new Error(`missing v${currentSchemaVersion} fixture`);
    const name = await seedFixture(latest);
    const contactStores = schemaVersions.flatMap((entry) => (entry.stores.contacts ? [entry.stores.contacts] : [])).at(-1);
    const nextVersion: SchemaVersion = {
      version: currentSchemaVersion + 1,
      stores: { contacts: `${contactStores}, [deleted+ownerId]` },
      upgrade: (tx) =>
        tx
          .table('contacts')
          .toCollection()
          .modify((contact: Record<string, unknown>) => {
            contact.country = contact.country || 'unknown';
          }),
    };
    const db = openOutpostDb(name, [...schemaVersions, nextVersion]);
    await db.open();

    const contacts = latest.tables.contacts as Array<{ id: string; ownerId: string | null }>;
    expect(await db.contacts.count()).toBe(contacts.length);
    const owned = contacts.filter((contact) => contact.ownerId);
    expect(await db.contacts.where('[deleted+ownerId]').equals([0, owned[0]?.ownerId ?? '']).count()).toBe(owned.length);
    expect((await db.contacts.toArray()).every((contact) => contact.country)).toBe(true);
    expect(await db.outbox.count()).toBe(latest.tables.outbox?.length);
    db.close();
  });
});
