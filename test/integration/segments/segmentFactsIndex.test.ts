import { afterEach, describe, expect, it } from 'vitest';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { SegmentFactsIndex } from '@renderer/modules/segments/utils/segmentFactsIndex';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

const visits = { eventNames: ['page_visit'], eventPropertyNames: [], deals: false };

describe('the segment facts index', () => {
  it("reads a name's instants once, then adds events as they are stored, each only once", async () => {
    const { db, mutations } = await openTestDatabase();
    const [ann, bob] = (await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }])) as [string, string];
    await mutations.createMany('events', [
      { contactId: ann, name: 'page_visit', time: '2026-11-30T10:00:00.000+02:00' },
      { contactId: ann, name: 'click', time: '2026-11-30T11:00:00.000Z' },
    ]);
    const index = new SegmentFactsIndex(db, mutations);
    const first = await index.lookup(visits);
    expect(first(ann).eventsNamed('page_visit').map((fact) => fact.at)).toEqual([Date.parse('2026-11-30T08:00:00.000Z')]);
    expect(first(bob).eventsNamed('page_visit')).toEqual([]);

    const version = index.getVersion();
    const added = await mutations.create('events', { contactId: bob, name: 'page_visit', time: '2026-12-01T09:00:00.000Z' });
    expect(index.getVersion()).toBeGreaterThan(version);
    // Sync may hand the same event over again (a page retried): still one fact.
    mutations.announce('events', [added]);
    const again = await index.lookup(visits);
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
});
