import { afterEach, describe, expect, it } from 'vitest';
import { eventsPerBatch, isEventBatch } from '@renderer/db/events/eventRows';
import { eachEventFactsRowNamed, eachEventNamed, readContactEvents, readEventNameCounts } from '@renderer/db/events/readEvents';
import type { OutpostDb } from '@renderer/db/OutpostDb';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { readAllRecords } from '@renderer/db/recordStore';
import { applyPulledPage } from '@renderer/db/sync/applyPulledPage';
import { readEventPage } from '@renderer/modules/timeline/utils/readEventPage';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { eventsInFactsRow } from '../../helpers/eventFacts';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

const start = Date.parse('2026-11-01T00:00:00.000Z');
const minutesIn = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
const names = ['page_visit', 'click', 'goal'];

async function withThreeVisitors(count: number) {
  const database = await openTestDatabase();
  const contactIds = await database.mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }, { firstName: 'Cy' }]);
  await database.mutations.createMany(
    'events',
    Array.from({ length: count }, (_, index) => ({ contactId: contactIds[index % 3] as string, name: names[index % 3] as string, time: minutesIn(index) })),
  );
  return { ...database, contactIds: contactIds as [string, string, string] };
}

// The contact and instant of each event of one name, as its facts rows hold them.
async function eventTimesNamed(db: OutpostDb, name: string): Promise<Array<{ contactId: string; at: number }>> {
  const events: Array<{ contactId: string; at: number }> = [];
  await eachEventFactsRowNamed(db, name, (row) => events.push(...eventsInFactsRow(row)));
  return events;
}

describe('the events store', () => {
  it('packs appended events several hundred to a row and reads each contact back newest first', async () => {
    const { db, contactIds } = await withThreeVisitors(3000);
    expect((await db.events.toArray()).filter(isEventBatch).length).toBeLessThanOrEqual(Math.ceil(3000 / eventsPerBatch) + 3);
    const ann = await readContactEvents(db, contactIds[0]);
    expect(ann).toHaveLength(1000);
    expect(ann[0]?.time).toBe(minutesIn(2997));
    expect(ann.at(-1)?.time).toBe(minutesIn(0));
    expect(ann.every((event) => event.contactId === contactIds[0])).toBe(true);
  });

  it('reads the newest N of a contact, filtered by name and by time', async () => {
    const { db, contactIds } = await withThreeVisitors(900);
    const newest = await readEventPage(db, contactIds[1], 10);
    expect(newest.events.map((event) => event.time)).toEqual(Array.from({ length: 10 }, (_, index) => minutesIn(898 - 3 * index)));
    expect(newest.hasMore).toBe(true);
    // Contact 1 only ever clicked; contact 0 only visited pages.
    expect((await readEventPage(db, contactIds[1], 500, { name: 'goal' })).events).toEqual([]);
    const recent = await readEventPage(db, contactIds[0], 500, { name: 'page_visit', since: minutesIn(600) });
    expect(recent.events).toHaveLength(100);
    expect(recent.hasMore).toBe(false);
  });

  it('counts events per name as they are written, and visits one name across batches', async () => {
    const { db, mutations, contactIds } = await withThreeVisitors(1500);
    expect(await readEventNameCounts(db)).toEqual([
      { name: 'click', count: 500 },
      { name: 'goal', count: 500 },
      { name: 'page_visit', count: 500 },
    ]);
    await mutations.create('events', { contactId: contactIds[2], name: 'signup', time: minutesIn(5000) });
    expect((await readEventNameCounts(db)).find((entry) => entry.name === 'signup')?.count).toBe(1);
    const goals: string[] = [];
    await eachEventNamed(db, 'goal', (event) => goals.push(event.contactId));
    expect(goals).toHaveLength(500);
    expect(new Set(goals)).toEqual(new Set([contactIds[2]]));
    // The same events' instants, without reading the events.
    const goalTimes = await eventTimesNamed(db, 'goal');
    expect(goalTimes).toHaveLength(500);
    const instants = goalTimes.filter((event) => event.contactId === contactIds[2]).map((event) => event.at);
    expect(instants.sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, index) => Date.parse(minutesIn(2 + 3 * index))));
  });

  it('stores events pulled from another device once, however often the page arrives', async () => {
    const sender = await withThreeVisitors(600);
    const writes = (await sender.db.outbox.toArray()).flatMap((row) => row.writes).filter((write) => write.table === 'events');
    const changes = writes.flatMap(expandRecordWrite);
    const receiver = await openTestDatabase();
    const clock = new HybridLogicalClock('receiver');
    await applyPulledPage(receiver.db, clock, changes, 'v1.log.1');
    await applyPulledPage(receiver.db, clock, changes, 'v1.log.1');
    expect(await readAllRecords(receiver.db, 'events')).toHaveLength(600);
    expect((await readContactEvents(receiver.db, sender.contactIds[0])).map((event) => event.id)).toEqual(
      (await readContactEvents(sender.db, sender.contactIds[0])).map((event) => event.id),
    );
    expect(await readEventNameCounts(receiver.db)).toEqual(await readEventNameCounts(sender.db));
  });

  it('moves events to another contact in their batch, and purging a contact takes its events and their counts', async () => {
    const { db, mutations, contactIds } = await withThreeVisitors(300);
    const bobs = (await readContactEvents(db, contactIds[1])).map((event) => event.id);
    await mutations.updateMany('events', bobs, { contactId: contactIds[0] }, 'Move');
    expect(await readContactEvents(db, contactIds[1])).toEqual([]);
    expect(await readContactEvents(db, contactIds[0])).toHaveLength(200);
    const clickers = new Set((await eventTimesNamed(db, 'click')).map((event) => event.contactId));
    expect(clickers).toEqual(new Set([contactIds[0]]));

    await mutations.softDelete('contacts', [contactIds[0]], 'Delete');
    await mutations.purge('contacts', [contactIds[0]]);
    expect(await readAllRecords(db, 'events')).toHaveLength(100);
    expect(await readEventNameCounts(db)).toEqual([{ name: 'goal', count: 100 }]);
    expect(await eventTimesNamed(db, 'page_visit')).toEqual([]);
  });
});
