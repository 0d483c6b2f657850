import { afterEach, describe, expect, it } from 'vitest';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import type { StoredRecord } from '@renderer/db/rowTypes';
import { SegmentFactsIndex } from '@renderer/modules/segments/utils/segmentFactsIndex';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

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
    // A deletion arriving from another device takes the fact away.
    mutations.announce('events', [{ ...first, deleted: 1 }]);
    expect((await index.lookup(visitsOnly))(bob).eventsNamed('page_visit')).toHaveLength(30);
  });
});
