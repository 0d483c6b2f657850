import { afterEach, describe, expect, it } from 'vitest';
import { eventStore } from '@renderer/db/events/eventStore';
import { readContactEvents } from '@renderer/db/events/readEvents';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import type { StoredRecord } from '@renderer/db/rowTypes';
import type { SegmentEventFact } from '@shared/domain/segments/segmentConditionTypes';
import { SegmentFactsIndex } from '@renderer/modules/segments/utils/segmentFactsIndex';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

// The index keeps each fact's event id beside what segments read of it.
const factIds = (facts: readonly SegmentEventFact[]) => facts.map((fact) => (fact as SegmentEventFact & { id: string }).id);

const visitsOnly = { eventNames: ['page_visit'], eventPropertyNames: [], deals: false };

describe('the segment facts index', () => {
  it("reads a name's instants once, then adds events as they are stored, each only once", async () => {
    const { db, mutations } = await openTestDatabase();
    const [ann, bob] = (await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }])) as [string, string];
    await mutations.createMany('events', [
      { contactId: ann, name: 'page_visit', time: '2026-11-30T10:00:00.000+02:00' },
      { contactId: ann, name: 'click', time: '2026-11-30T11:00:00.000Z' },
    ]);
    const index = new SegmentFactsIndex(db, mutations);
    const first = await index.lookup(visitsOnly);
    expect(first(ann).eventsNamed('page_visit').map((fact) => fact.at)).toEqual([Date.parse('2026-11-30T08:00:00.000Z')]);
    expect(first(bob).eventsNamed('page_visit')).toEqual([]);

    const version = index.getVersion();
    const added = await mutations.create('events', { contactId: bob, name: 'page_visit', time: '2026-12-01T09:00:00.000Z' });
    expect(index.getVersion()).toBeGreaterThan(version);
    // Sync may hand the same event over again (a page retried): still one fact.
    mutations.announce('events', [added]);
    const again = await index.lookup(visitsOnly);
    expect(again(bob).eventsNamed('page_visit').map((fact) => fact.at)).toEqual([Date.parse('2026-12-01T09:00:00.000Z')]);
    expect(again(ann).eventsNamed('page_visit')).toHaveLength(1);
  });

  it('reads properties only for a name a condition asks them of', async () => {
    const { db, mutations } = await openTestDatabase();
    const ann = await mutations.create('contacts', { firstName: 'Ann' });
    await mutations.create('events', { contactId: ann.id, name: 'purchase', kind: 'product', time: '2026-12-01T09:00:00.000Z', properties: { plan: 'pro' }, productId: 'sku-1', valueMinor: 4900 });
    const index = new SegmentFactsIndex(db, mutations);
    const times = await index.lookup({ eventNames: ['purchase'], eventPropertyNames: [], deals: false });
    expect(times(ann.id).eventsNamed('purchase')[0]?.properties).toEqual({});
    const withProperties = await index.lookup({ eventNames: ['purchase'], eventPropertyNames: ['purchase'], deals: false });
    expect(withProperties(ann.id).eventsNamed('purchase')[0]?.properties).toMatchObject({ plan: 'pro', productId: 'sku-1', valueMinor: 4900 });
  });

  it('reads every instant of a name once across more facts rows than one read brings, and knows a read event when it comes again', async () => {
    const { db, mutations } = await openTestDatabase();
    const [ann, bob] = (await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }])) as [string, string];
    // Each write packs its own batch, so each visit has a facts row of its own.
    const visits: Array<StoredRecord<'events'>> = [];
    for (let day = 1; day <= 61; day += 1) {
      const time = `2026-10-${String(((day - 1) % 30) + 1).padStart(2, '0')}T10:00:00.000Z`;
      visits.push(await mutations.create('events', { contactId: day % 2 === 0 ? ann : bob, name: 'page_visit', time }));
      if (day % 10 === 0) await mutations.create('events', { contactId: ann, name: 'click', time });
    }
    const index = new SegmentFactsIndex(db, mutations);
    const lookup = await index.lookup(visitsOnly);
    const expected = (contactId: string) => visits.filter((event) => event.contactId === contactId).map((event) => Date.parse(event.time)).sort();
    expect(lookup(ann).eventsNamed('page_visit').map((fact) => fact.at).sort()).toEqual(expected(ann));
    expect(lookup(bob).eventsNamed('page_visit').map((fact) => fact.at).sort()).toEqual(expected(bob));

    const first = visits[0] as StoredRecord<'events'>;
    mutations.announce('events', [first]);
    const again = await index.lookup(visitsOnly);
    expect(again(bob).eventsNamed('page_visit')).toHaveLength(31);
    // A deletion arriving from another device (stored, then announced, as sync does) takes the fact away.
    const deleted = { ...first, deleted: 1 as const };
    await db.transaction('rw', db.events, () => eventStore(db.events).bulkPut([deleted]));
    mutations.announce('events', [deleted]);
    // Two counts at once both wait for bob's events to be read again.
    const [one, two] = await Promise.all([index.lookup(visitsOnly), index.lookup(visitsOnly)]);
    expect([one(bob).eventsNamed('page_visit').length, two(bob).eventsNamed('page_visit').length]).toEqual([30, 30]);
  });

  it('counts a new event at an instant a contact already has, and a repeat of one only once', async () => {
    const { db, mutations } = await openTestDatabase();
    const ann = await mutations.create('contacts', { firstName: 'Ann' });
    const time = '2026-11-30T10:00:00.000Z';
    const first = await mutations.create('events', { contactId: ann.id, name: 'page_visit', time });
    const index = new SegmentFactsIndex(db, mutations);
    expect((await index.lookup(visitsOnly))(ann.id).eventsNamed('page_visit')).toHaveLength(1);
    // Two tabs can log a visit in the same millisecond: a second event, not a repeat.
    await mutations.create('events', { contactId: ann.id, name: 'page_visit', time });
    expect((await index.lookup(visitsOnly))(ann.id).eventsNamed('page_visit')).toHaveLength(2);
    mutations.announce('events', [first]);
    expect((await index.lookup(visitsOnly))(ann.id).eventsNamed('page_visit')).toHaveLength(2);
    await mutations.create('events', { contactId: ann.id, name: 'page_visit', time: '2026-11-30T11:00:00.000Z' });
    expect((await index.lookup(visitsOnly))(ann.id).eventsNamed('page_visit').map((fact) => fact.at)).toEqual([Date.parse(time), Date.parse(time), Date.parse('2026-11-30T11:00:00.000Z')]);
  });

  it('takes away a deleted event of any id, reading only that contact again', async () => {
    const { db, mutations } = await openTestDatabase();
    const [ann, bob] = (await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }])) as [string, string];
    await mutations.createMany(
      'events',
      Array.from({ length: 6 }, (_, index) => ({ contactId: index % 2 === 0 ? ann : bob, name: 'page_visit', time: `2026-11-0${index + 1}T10:00:00.000Z` })),
    );
    // Ids made elsewhere (an ingest, another app) need not be ULIDs.
    const givenIds = ['e', 'évènement|2', 'x'.repeat(200), '😀 facts|page_visit|', 'id-5', 'last'];
    const stored = [...(await readContactEvents(db, ann)), ...(await readContactEvents(db, bob))];
    const renamed = stored.map((event, index) => ({ ...event, id: givenIds[index] as string }));
    await db.transaction('rw', db.events, () =>
      eventStore(db.events)
        .bulkDelete(stored.map((event) => event.id))
        .then(() => eventStore(db.events).bulkPut(renamed)),
    );
    const index = new SegmentFactsIndex(db, mutations);
    const before = await index.lookup(visitsOnly);
    expect([before(ann).eventsNamed('page_visit').length, before(bob).eventsNamed('page_visit').length]).toEqual([3, 3]);

    const gone = { ...(renamed.find((event) => event.id.startsWith('😀')) ?? stored[0]), deleted: 1 as const } as StoredRecord<'events'>;
    await db.transaction('rw', db.events, () => eventStore(db.events).bulkPut([gone]));
    mutations.announce('events', [gone]);
    const after = await index.lookup(visitsOnly);
    const left = after(gone.contactId).eventsNamed('page_visit');
    expect(factIds(left).sort()).toEqual(renamed.filter((event) => event.contactId === gone.contactId && event.id !== gone.id).map((event) => event.id).sort());
    expect(left.map((fact) => fact.at)).not.toContain(Date.parse(gone.time));
    expect(after(gone.contactId === ann ? bob : ann).eventsNamed('page_visit')).toHaveLength(3);
  });
});
