import type { DBCore, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { eventsPerBatch } from '@renderer/db/events/eventRows';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { mergeTimeline } from '@renderer/modules/timeline/utils/mergeTimeline';
import { readContactActivity } from '@renderer/modules/timeline/utils/readContactActivity';
import { firstEventPageSize, nextEventLimit, readEventNames, readEventPage } from '@renderer/modules/timeline/utils/readEventPage';
import { eventEntry } from '@renderer/modules/timeline/utils/toTimelineEntry';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

const minuteMs = 60_000;
const start = Date.parse('2026-01-01T00:00:00.000Z');
const minutesIn = (minutes: number) => new Date(start + minutes * minuteMs).toISOString();

type TestDatabase = Awaited<ReturnType<typeof openTestDatabase>>;

// Counts the rows of the events table (batches of events) IndexedDB hands back, whichever way
// Dexie asks for them.
function countEventReads(): { middleware: Middleware<DBCore>; rows: () => number; reset: () => void } {
  let rows = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'countEventReads',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'events') return table;
        return {
          ...table,
          async query(request) {
            const result = await table.query(request);
            rows += result.result.length;
            return result;
          },
          async getMany(request) {
            const result = await table.getMany(request);
            rows += result.length;
            return result;
          },
          async openCursor(request) {
            const cursor = await table.openCursor(request);
            if (cursor) rows += 1;
            return cursor;
          },
        };
      },
    }),
  };
  return { middleware, rows: () => rows, reset: () => (rows = 0) };
}

async function withEvents(count: number, names = ['page_visit']): Promise<TestDatabase & { contactId: string; otherId: string }> {
  const database = await openTestDatabase();
  const contact = await database.mutations.create('contacts', { firstName: 'Busy', lastName: 'Visitor', email: 'busy@example.com' });
  const other = await database.mutations.create('contacts', { firstName: 'Quiet', email: 'quiet@example.com' });
  await database.mutations.createMany(
    'events',
    Array.from({ length: count }, (_, index) => ({ contactId: contact.id, name: names[index % names.length] ?? 'page_visit', time: minutesIn(index) })),
  );
  await database.mutations.create('events', { contactId: other.id, name: 'other_contact', time: minutesIn(count + 10) });
  return { ...database, contactId: contact.id, otherId: other.id };
}

describe('paging a contact with 10,000 events', () => {
  it('reads only the first page for the first paint, newest first, and says more remain', async () => {
    const database = await withEvents(10_000);
    const counter = countEventReads();
    database.db.close();
    database.db.use(counter.middleware);
    await database.db.open();

    const page = await readEventPage(database.db, database.contactId, firstEventPageSize);
    expect(page.events).toHaveLength(firstEventPageSize);
    expect(page.hasMore).toBe(true);
    expect(page.events[0]?.time).toBe(minutesIn(9_999));
    expect(page.events.at(-1)?.time).toBe(minutesIn(10_000 - firstEventPageSize));
    expect(page.events.every((event) => event.contactId === database.contactId)).toBe(true);
    // Only the contact's own batches are read: 10,000 events are a few dozen rows at most.
    expect(counter.rows()).toBeLessThanOrEqual(2 * Math.ceil(10_000 / eventsPerBatch));
  }, 60_000);

  it('reaches the oldest event by doubling the page, reading about twice the events in all', async () => {
    const database = await withEvents(10_000);
    const counter = countEventReads();
    database.db.close();
    database.db.use(counter.middleware);
    await database.db.open();

    let limit = firstEventPageSize;
    let page = await readEventPage(database.db, database.contactId, limit);
    let reads = 1;
    while (page.hasMore) {
      limit = nextEventLimit(limit);
      page = await readEventPage(database.db, database.contactId, limit);
      reads += 1;
    }
    expect(page.events).toHaveLength(10_000);
    expect(page.events.at(-1)?.time).toBe(minutesIn(0));
    expect(reads).toBeLessThanOrEqual(8);
    expect(counter.rows()).toBeLessThanOrEqual(reads * 2 * Math.ceil(10_000 / eventsPerBatch));
  }, 60_000);
});

describe('filtering events', () => {
  it('pages only the events with a name, since a time, and lists the names a contact has', async () => {
    const database = await withEvents(300, ['page_visit', 'click', 'goal']);
    const goals = await readEventPage(database.db, database.contactId, 20, { name: 'goal' });
    expect(goals.events).toHaveLength(20);
    expect(goals.events.every((event) => event.name === 'goal')).toBe(true);

    const recent = await readEventPage(database.db, database.contactId, 500, { since: minutesIn(250) });
    expect(recent.events).toHaveLength(50);
    expect(recent.hasMore).toBe(false);

    expect(await readEventNames(database.db, database.contactId)).toEqual(['click', 'goal', 'page_visit']);
  });
});

describe("a contact's timeline", () => {
  it('merges events with notes of every kind, tasks, deals and tickets, and leaves out deleted ones', async () => {
    const database = await withEvents(5);
    const { mutations, contactId } = database;
    const member = await mutations.create('teamMembers', { name: 'Mara Field', email: 'mara@example.com' });
    await mutations.create('notes', { contactId, body: 'Wants a demo', authorId: member.id });
    await mutations.create('notes', { contactId, kind: 'call', body: 'Called about pricing', occurredAt: minutesIn(2.5) });
    const removed = await mutations.create('notes', { contactId, body: 'Wrong contact' });
    await mutations.softDelete('notes', [removed.id], 'Deleted a note');
    await mutations.create('notes', { contactId: database.otherId, body: 'Not about this contact' });
    await mutations.create('tasks', { contactId, title: 'Send the quote', dueAt: minutesIn(3.5) });
    await mutations.create('tasks', { contactId, title: 'Quarterly review', dueAt: '2099-01-01T00:00:00.000Z' });
    const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
    const stage = await mutations.create('stages', { pipelineId: pipeline.id, name: 'New', order: 'a0' });
    const deal = await mutations.create('deals', { title: 'Annual plan', pipelineId: pipeline.id, stageId: stage.id, position: 'a0', valueMinor: 120_000 });
    await mutations.create('dealContacts', { dealId: deal.id, contactId });
    await mutations.create('tickets', { contactId, subject: 'Cannot log in' });

    const now = new Date('2026-06-01T00:00:00.000Z');
    const others = await readContactActivity(database.db, contactId, now);
    const page = await readEventPage(database.db, contactId, 100);
    const timeline = mergeTimeline({ entries: page.events.map(eventEntry), hasMore: page.hasMore }, others);

    const described = timeline.map((item) => `${item.kind} ${item.title || item.body}`);
    // Written just now, so above the older events: the note, the deal, the ticket and the task due
    // in the future, which sits at the time it was planned.
    expect(described.slice(0, 4).sort()).toEqual(['deal Annual plan', 'note Wants a demo', 'task Quarterly review', 'ticket Cannot log in']);
    // The logged call and the due task sit among the events at the times they happened.
    expect(described.slice(4)).toEqual([
      'event page_visit',
      'task Send the quote',
      'event page_visit',
      'call Called about pricing',
      'event page_visit',
      'event page_visit',
      'event page_visit',
    ]);
    expect(timeline.find((item) => item.kind === 'note')?.details).toEqual(['by Mara Field']);
    expect(timeline.find((item) => item.kind === 'deal')).toMatchObject({ title: 'Annual plan', to: `/deals/${deal.id}` });
    expect(timeline.some((item) => item.body === 'Wrong contact' || item.body === 'Not about this contact')).toBe(false);
  });
});
