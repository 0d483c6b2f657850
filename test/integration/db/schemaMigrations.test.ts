import { describe, expect, it } from 'vitest';
import { isEventBatch, isEventFacts, type EventFactsRow, type EventsTableRow } from '@renderer/db/events/eventRows';
import { unpackTexts } from '@renderer/db/events/packedTexts';
import { eachEventNamed, readContactEvents, readEventNameCounts } from '@renderer/db/events/readEvents';
import { openOutpostDb, type OutpostDb } from '@renderer/db/OutpostDb';
import { readAllRecords } from '@renderer/db/recordStore';
import { currentSchemaVersion, schemaVersions, type SchemaVersion } from '@renderer/db/schemaVersions';
import { readDatabaseFixtures, type DatabaseFixture } from '../../helpers/databaseFixtures';
import { eventsInFactsRow } from '../../helpers/eventFacts';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

const fixtures = readDatabaseFixtures();

// Version 4 packed events into batch rows: an older fixture's events are compared as events.
function storedRows(db: OutpostDb, table: string, fixture: DatabaseFixture): Promise<unknown[]> {
  return table === 'events' && fixture.schemaVersion < 4 ? readAllRecords(db, 'events') : db.table(table).toArray();
}

// Version 5 rewrote the events' facts rows, which are derived from the batches: before it they
// are compared by what they hold (a test below), not field for field.
function comparedRows(table: string, fixture: DatabaseFixture, rows: unknown[]): unknown[] {
  return table === 'events' && fixture.schemaVersion < 5 ? rows.filter((row) => !isEventFacts(row as EventsTableRow)) : rows;
}

// Each contact and instant the facts rows hold, as `contact@instant`, sorted.
function factsHeld(rows: unknown[]): string[] {
  return rows
    .filter((row) => isEventFacts(row as EventsTableRow))
    .flatMap((row) => eventsInFactsRow(row as EventFactsRow).map(({ contactId, at }) => `${contactId}@${at}`))
    .sort();
}

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
        const stored = comparedRows(table, fixture, await storedRows(db, table, fixture));
        expect(stored, table).toEqual(comparedRows(table, fixture, rows).map((row) => expect.objectContaining(row as object)));
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

  it('packs the events of a version 3 database into batches that read by contact, by name and as counts', async () => {
    const v3Fixture = fixtures.find((fixture) => fixture.schemaVersion === 3);
    if (!v3Fixture) throw new Error('missing v3 fixture');
    const [sample] = v3Fixture.tables.events as Array<Record<string, unknown> & { id: string }>;
    // 1,200 more events of two contacts, one row each as version 3 stored them.
    const more = Array.from({ length: 1200 }, (_, index) => ({
      ...sample,
      id: `01KEVENT${String(index).padStart(18, '0')}`,
      contactId: index % 3 === 0 ? 'contact-a' : 'contact-b',
      name: index % 2 === 0 ? 'page_visit' : 'goal',
      time: new Date(Date.UTC(2026, 10, 1) + index * 60_000).toISOString(),
    }));
    const fixture = { ...v3Fixture, tables: { ...v3Fixture.tables, events: [sample, ...more] } };
    const db = openOutpostDb(await seedFixture(fixture as DatabaseFixture));
    await db.open();

    expect((await db.events.toArray()).filter(isEventBatch).length).toBeLessThanOrEqual(4);
    const ofA = await readContactEvents(db, 'contact-a');
    expect(ofA).toHaveLength(400);
    expect(ofA[0]?.time).toBe(more[1197]?.time);
    expect(ofA.map((event) => event.time)).toEqual([...ofA.map((event) => event.time)].sort().reverse());
    let goals = 0;
    await eachEventNamed(db, 'goal', () => (goals += 1));
    expect(goals).toBe(600);
    expect(await readEventNameCounts(db)).toEqual([
      { name: 'goal', count: 600 },
      { name: 'page visit', count: 1 },
      { name: 'page_visit', count: 600 },
    ]);
    db.close();
  });

  it("keeps the contacts and instants of version 4's facts rows, packed, and drops their event ids", async () => {
    const v4Fixture = fixtures.find((fixture) => fixture.schemaVersion === 4);
    if (!v4Fixture) throw new Error('missing v4 fixture');
    const [batch, , summary] = v4Fixture.tables.events as Array<Record<string, unknown>>;
    // A second batch's facts row as version 4 wrote it: three events of two contacts, one event id each.
    const factsOfVersion4 = {
      id: 'facts|page visit|01M91A2DSXP4MFQW3KMCPT4R9V',
      factName: 'page visit',
      factEventIds: ['e-1', 'e-2', 'e-3'],
      factContactIds: ['contact-a', 'contact-b', 'contact-a'],
      factTimes: [1796112000000, 1796112060000, 1796112120000],
    };
    const events = [...(v4Fixture.tables.events ?? []), factsOfVersion4];
    const db = openOutpostDb(await seedFixture({ ...v4Fixture, tables: { ...v4Fixture.tables, events } }));
    await db.open();
    const rows = await db.events.toArray();
    expect(factsHeld(rows)).toEqual(
      [...(v4Fixture.tables.events ?? []), factsOfVersion4]
        .filter((row) => 'factName' in (row as object))
        .flatMap((row) => {
          const old = row as typeof factsOfVersion4;
          return old.factContactIds.map((contactId, index) => `${contactId}@${old.factTimes[index]}`);
        })
        .sort(),
    );
    const upgraded = rows.find((row) => row.id === factsOfVersion4.id) as EventFactsRow;
    expect(unpackTexts(upgraded.factContactIds)).toEqual(['contact-a', 'contact-b']);
    expect(Array.from(upgraded.factCounts)).toEqual([2, 1]);
    expect(rows.filter(isEventFacts).every((row) => !('factEventIds' in row))).toBe(true);
    expect(rows).toEqual(expect.arrayContaining([batch, summary]));
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
