import { describe, expect, it } from 'vitest';
import { readOutboxMeta } from '@renderer/db/outboxMeta';
import { applyPulledPage } from '@renderer/db/sync/applyPulledPage';
import { pullChanges } from '@renderer/db/sync/pullChanges';
import { pushOutbox } from '@renderer/db/sync/pushOutbox';
import { readPullCursor } from '@renderer/db/sync/pullCursor';
import { replayKeptChanges } from '@renderer/db/sync/replayKeptChanges';
import { keptRowKey, tombstoneKey } from '@renderer/db/sync/syncMetaKeys';
import type { FieldChange } from '@shared/sync/recordWrite';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { openOutpostDb } from '@renderer/db/OutpostDb';
import { HybridLogicalClock } from '@shared/sync/hlc';
import { linkRowId } from '@renderer/db/derivedFields';
import { addContactsToCompany } from '@renderer/modules/companies/utils/addContactsToCompany';
import { inMemorySyncStore, inProcessWorkspace, type InProcessWorkspace } from '../../helpers/inProcessSyncServer';
import { uniqueDatabaseName } from '../../helpers/testDatabase';

// The db-side of sync against the server's own push and pull (on in-memory PGlite), without HTTP.
const storage = inMemorySyncStore();
const workspace = () => inProcessWorkspace(storage.store);

let devices = 0;
async function device() {
  devices += 1;
  const db = openOutpostDb(uniqueDatabaseName('sync'));
  await db.open();
  // Each device its own clock node, as in the app.
  const clock = new HybridLogicalClock(`device${devices}`);
  const opened = { db, clock, mutations: createMutationLayer(db, clock) };
  const announced: Array<{ table: string; ids: string[] }> = [];
  opened.mutations.subscribe((table, rows) => announced.push({ table, ids: rows.map((row) => row.id) }));
  return { ...opened, announced };
}

type Device = Awaited<ReturnType<typeof device>>;
const sync = async (client: Device, server: InProcessWorkspace, limit = 1000) => {
  await pushOutbox(client.db, server.send);
  await pullChanges(client.db, client.clock, client.mutations, server.fetchPage(limit));
};

describe('pushing the outbox and pulling pages', () => {
  it('uploads a device’s data and a fresh device downloads all of it, derived fields and tag sets included', async () => {
    const server = await workspace();
    const a = await device();
    const tag = await a.mutations.create('tags', { name: 'VIP' });
    const ann = await a.mutations.create('contacts', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', custom: { plan: 'pro' } });
    await a.mutations.create('contactTags', { contactId: ann.id, tagId: tag.id });
    await sync(a, server);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await readOutboxMeta(a.db)).pendingWrites).toBe(0);

    // Small pages split the contact's create across pages.
    const b = await device();
    await sync(b, server, 3);
    const pulled = await b.db.contacts.get(ann.id);
    expect(pulled).toMatchObject({ firstName: 'Ann', email: 'ann@example.com', custom: { plan: 'pro' }, sortName: 'ann lee', identified: 1, tagIds: [tag.id] });
    expect(pulled?.searchTokens).toContain('ann');
    // Pulled writes never go back out, and the cursor is stored.
    expect(await b.db.outbox.count()).toBe(0);
    expect(await readPullCursor(b.db)).not.toBe('');
    expect(b.announced.some((entry) => entry.table === 'contacts' && entry.ids.includes(ann.id))).toBe(true);
    // The device clock moved past what it pulled, and remembers it across restarts.
    expect(b.clock.last > (pulled?.fieldHlc ? Object.values(pulled.fieldHlc).sort().at(-1) ?? '' : pulled?.hlc ?? '')).toBe(true);
    expect((await readOutboxMeta(b.db)).lastHlc).toBe(b.clock.last);
  });

  it('keeps concurrent edits to different fields, and settles delete against edit the same way on both devices', async () => {
    const server = await workspace();
    const a = await device();
    const b = await device();
    const ann = await a.mutations.create('contacts', { firstName: 'Ann', city: 'Oslo' });
    await sync(a, server);
    await sync(b, server);

    await a.mutations.update('contacts', ann.id, { firstName: 'Anna' });
    await b.mutations.update('contacts', ann.id, { city: 'Bergen' });
    // B deletes while A, not knowing, edits again: the later write of `deleted` wins everywhere.
    await b.mutations.softDelete('contacts', [ann.id], 'Deleted');
    await a.mutations.update('contacts', ann.id, { lastName: 'Lee' });
    for (const client of [a, b, a]) await sync(client, server);

    const [onA, onB] = [await a.db.contacts.get(ann.id), await b.db.contacts.get(ann.id)];
    expect(onA).toMatchObject({ firstName: 'Anna', lastName: 'Lee', city: 'Bergen', deleted: 1 });
    expect(onB).toEqual(onA);
  });

  // Ann at Acme and in the Fair list on two devices; each names its own lists and companies.
  async function annOnTwoDevices() {
    const server = await workspace();
    const a = await device();
    const b = await device();
    const ann = await a.mutations.create('contacts', { firstName: 'Ann' });
    const fair = await a.mutations.create('lists', { name: 'Fair' });
    const acme = await a.mutations.create('companies', { name: 'Acme' });
    await a.mutations.create('contactLists', { contactId: ann.id, listId: fair.id });
    await joinCompany(a, ann.id, acme.id);
    await sync(a, server);
    await sync(b, server);
    return { server, a, b, ann, fair, acme };
  }

  async function joinCompany(client: Device, contactId: string, companyId: string): Promise<void> {
    const contact = (await client.db.contacts.get(contactId))!;
    await addContactsToCompany(client.db, client.mutations, companyId, [contact], { role: 'Buyer', since: null }, 'Added to company');
  }

  const membershipsOf = async (client: Device, contactId: string) => {
    const contact = (await client.db.contacts.get(contactId))!;
    return { lists: [...contact.listIds].sort(), companies: [...contact.companyIds].sort() };
  };

  it('keeps the lists and companies two devices added one contact to while offline', async () => {
    const { server, a, b, ann, fair, acme } = await annOnTwoDevices();
    const [vip, partners] = [await a.mutations.create('lists', { name: 'VIP' }), await b.mutations.create('lists', { name: 'Partners' })];
    const [globex, initech] = [await a.mutations.create('companies', { name: 'Globex' }), await b.mutations.create('companies', { name: 'Initech' })];
    await a.mutations.create('contactLists', { contactId: ann.id, listId: vip.id });
    await joinCompany(a, ann.id, globex.id);
    await b.mutations.create('contactLists', { contactId: ann.id, listId: partners.id });
    await joinCompany(b, ann.id, initech.id);
    for (const client of [a, b, a]) await sync(client, server);

    const expected = { lists: [fair.id, vip.id, partners.id].sort(), companies: [acme.id, globex.id, initech.id].sort() };
    expect(await membershipsOf(a, ann.id)).toEqual(expected);
    expect(await membershipsOf(b, ann.id)).toEqual(expected);
    expect(await b.db.contacts.get(ann.id)).toEqual(await a.db.contacts.get(ann.id));
  });

  it('keeps a list and a company one device added while the other removed the contact from others', async () => {
    const { server, a, b, ann, fair, acme } = await annOnTwoDevices();
    const partners = await b.mutations.create('lists', { name: 'Partners' });
    const initech = await b.mutations.create('companies', { name: 'Initech' });
    await a.mutations.softDelete('contactLists', [linkRowId('contactLists', ann.id, fair.id)], 'Removed from Fair');
    await a.mutations.softDelete('memberships', [linkRowId('memberships', ann.id, acme.id)], 'Removed from Acme');
    await b.mutations.create('contactLists', { contactId: ann.id, listId: partners.id });
    await joinCompany(b, ann.id, initech.id);
    for (const client of [b, a, b]) await sync(client, server);

    const expected = { lists: [partners.id], companies: [initech.id] };
    expect(await membershipsOf(a, ann.id)).toEqual(expected);
    expect(await membershipsOf(b, ann.id)).toEqual(expected);
    expect(await b.db.memberships.get(linkRowId('memberships', ann.id, acme.id))).toMatchObject({ deleted: 1 });
    expect(await b.db.contacts.get(ann.id)).toEqual(await a.db.contacts.get(ann.id));
  });

  it('drops an outbox row only once all of its changes were acknowledged, in batches of the size asked for', async () => {
    const server = await workspace();
    const a = await device();
    await a.mutations.createMany('tags', Array.from({ length: 6 }, (_, index) => ({ name: `tag ${index}` })));
    await a.mutations.create('tags', { name: 'single' });
    let calls = 0;
    const failing = async (changes: FieldChange[]) => {
      calls += 1;
      if (calls === 2) throw new Error('network down');
      await server.send(changes);
    };
    // 6 tags x 6 fields in the first outbox row: the first batch of 20 acknowledges none of it.
    await expect(pushOutbox(a.db, failing, 20)).rejects.toThrow('network down');
    expect(await a.db.outbox.count()).toBe(2);
    expect(await pushOutbox(a.db, server.send, 20)).toBe(7);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await readOutboxMeta(a.db)).pendingWrites).toBe(0);
    expect(server.pushed.every((batch) => batch.length <= 20)).toBe(true);
  });

  it('counts an outbox row once when two windows push it at the same time', async () => {
    const server = await workspace();
    const a = await device();
    await a.mutations.createMany('tags', [{ name: 'one' }, { name: 'two' }]);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // One window's push is slow to hear back; the other pushes the same row meanwhile, and
    // the user writes again before the slow one is acknowledged.
    const slow = pushOutbox(a.db, async (changes) => {
      await server.send(changes);
      await gate;
    });
    await pushOutbox(a.db, server.send);
    await a.mutations.create('tags', { name: 'three' });
    release();
    await slow;
    expect(await a.db.outbox.count()).toBe(1);
    expect((await readOutboxMeta(a.db)).pendingWrites).toBe(1);
  });

  it('never pushes deletes from a database that was lost: it pulls everything back', async () => {
    const server = await workspace();
    const a = await device();
    await a.mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }]);
    await sync(a, server);
    const sentBefore = server.pushed.length;

    await a.db.delete();
    await a.db.open();
    await sync(a, server);
    expect(server.pushed.length).toBe(sentBefore);
    expect((await a.db.contacts.toArray()).map((row) => row.firstName).sort()).toEqual(['Ann', 'Bob']);
  });

  it('fetches the next page while applying one, and stores a page’s cursor only once that page is applied', async () => {
    const server = await workspace();
    const a = await device();
    await a.mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }, { firstName: 'Cy' }]);
    await sync(a, server);

    const b = await device();
    const events: string[] = [];
    b.mutations.subscribe(() => events.push('applied'));
    const pages = server.fetchPage(10);
    let fetched = 0;
    await expect(
      pullChanges(b.db, b.clock, b.mutations, async (cursor) => {
        fetched += 1;
        events.push(`fetch ${fetched}`);
        const page = await pages(cursor);
        // The third page cannot be applied: stamped an hour ahead of this device's clock.
        if (fetched < 3) return page;
        const ahead = new HybridLogicalClock('future', { now: () => Date.now() + 60 * 60 * 1000 }).next();
        return { ...page, writes: page.writes.map((write) => ({ ...write, hlc: ahead })) };
      }),
    ).rejects.toThrow(/ahead of this device/);
    expect(events.slice(0, 3)).toEqual(['fetch 1', 'fetch 2', 'applied']);
    // The cursor is the second page's: the third (fetched, refused) moved nothing.
    const second = await server.fetchPage(10)((await server.fetchPage(10)('')).cursor);
    expect(await readPullCursor(b.db)).toBe(second.cursor);
  });

  it('removes purged rows on other devices for good: a late edit cannot bring them back', async () => {
    const server = await workspace();
    const a = await device();
    const b = await device();
    const ann = await a.mutations.create('contacts', { firstName: 'Ann' });
    await sync(a, server);
    await sync(b, server);
    await b.mutations.update('contacts', ann.id, { firstName: 'Late edit' });
    await a.mutations.softDelete('contacts', [ann.id], 'Deleted');
    await a.mutations.purge('contacts', [ann.id]);
    await sync(a, server);
    await sync(b, server);
    await sync(a, server);
    expect(await a.db.contacts.get(ann.id)).toBeUndefined();
    expect(await b.db.contacts.get(ann.id)).toBeUndefined();
    expect(await b.db.syncMeta.get(tombstoneKey('contacts', ann.id))).toBeDefined();
  });

  it('merges a page into the rows already stored, whether they lie together or scattered among many others, and keeps purged ones gone', async () => {
    const b = await device();
    const stored = await b.mutations.createMany('contacts', Array.from({ length: 12 }, (_, index) => ({ firstName: `Person ${index}`, city: 'Oslo' })));
    const ids = [...stored].sort();
    const [first, second, third] = ids as [string, string, string];
    const last = ids.at(-1) as string;
    await b.db.syncMeta.put({ key: tombstoneKey('contacts', second), value: true });
    await b.db.contacts.delete(second);
    const hlc = b.clock.next();
    const edit = (rowId: string, city: string) => ({ table: 'contacts', rowId, field: 'city', value: city, hlc });
    // Neighbours, then the two ends of a range that holds every other contact too.
    await applyPulledPage(b.db, b.clock, [edit(first, 'Lyon'), edit(second, 'Lyon'), edit(third, 'Lyon')], null);
    await applyPulledPage(b.db, b.clock, [edit(first, 'Porto'), edit(last, 'Porto'), edit(second, 'Porto')], null);
    expect(await b.db.contacts.get(first)).toMatchObject({ firstName: expect.stringMatching(/^Person/), city: 'Porto' });
    expect(await b.db.contacts.get(third)).toMatchObject({ firstName: expect.stringMatching(/^Person/), city: 'Lyon' });
    expect(await b.db.contacts.get(last)).toMatchObject({ firstName: expect.stringMatching(/^Person/), city: 'Porto' });
    expect(await b.db.contacts.get(second)).toBeUndefined();
  });

  it('keeps rows and fields this version does not know', async () => {
    const b = await device();
    const ann = await b.mutations.create('contacts', { firstName: 'Ann' });
    const hlc = b.clock.next();
    await applyPulledPage(b.db, b.clock, [
      { table: 'quotes', rowId: 'q1', field: 'title', value: 'Offer', hlc },
      { table: 'contacts', rowId: ann.id, field: 'nickname', value: 'Annie', hlc },
    ], 'v1.log.2');
    expect((await b.db.contacts.get(ann.id)) as unknown).toMatchObject({ firstName: 'Ann', keptFields: { nickname: { value: 'Annie', hlc } } });
    expect((await b.db.syncMeta.get(keptRowKey('quotes', 'q1')))?.value).toMatchObject({ keptFields: { title: { value: 'Offer', hlc } } });
  });

  it('replays what an older version kept once this one knows the table or field', async () => {
    const b = await device();
    const ann = await b.mutations.create('contacts', { firstName: 'Ann' });
    const hlc = b.clock.next();
    // As an older version would have stored them: a row of a table it did not know, a field it
    // did not know.
    await b.db.syncMeta.put({ key: keptRowKey('tags', 't1'), value: { id: 't1', hlc: '', keptFields: { name: { value: 'VIP', hlc }, color: { value: 'red', hlc } } } });
    await b.db.contacts.update(ann.id, { keptFields: { city: { value: 'Oslo', hlc } } } as never);

    await replayKeptChanges(b.db, b.clock, b.mutations);
    // Fields the kept row never had (deleted) hold their defaults until a change brings them.
    expect(await b.db.tags.get('t1')).toMatchObject({ name: 'VIP', color: 'red', deleted: 0, fieldHlc: { name: hlc, color: hlc } });
    expect(await b.db.syncMeta.get(keptRowKey('tags', 't1'))).toBeUndefined();
    const contact = await b.db.contacts.get(ann.id);
    expect(contact).toMatchObject({ city: 'Oslo', fieldHlc: { city: hlc } });
    expect(contact).not.toHaveProperty('keptFields');
    expect(b.announced.some((entry) => entry.table === 'tags' && entry.ids.includes('t1'))).toBe(true);
  });
});
