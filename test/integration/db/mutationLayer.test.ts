import { afterEach, describe, expect, it } from 'vitest';
import { RecordValidationError } from '@renderer/db/errors';
import { readOutboxMeta } from '@renderer/db/outboxMeta';
import { recordStore } from '@renderer/db/recordStore';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

async function outboxWrites(db: Awaited<ReturnType<typeof openTestDatabase>>['db']) {
  return (await db.outbox.toArray()).flatMap((row) => row.writes);
}

describe('creating records', () => {
  it('stores the record with times, clock and search fields, and its changes in the outbox', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Zoë', lastName: 'Ødegård', email: ' Zoe@Example.COM ' });

    const stored = await db.contacts.get(contact.id);
    expect(stored).toMatchObject({ firstName: 'Zoë', email: 'zoe@example.com', deleted: 0, identified: 1, sortName: 'zoe odegard' });
    expect(stored?.searchTokens).toEqual(expect.arrayContaining(['zoe', 'odegard', 'example']));
    expect(stored?.createdAt).toBe(stored?.updatedAt);

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.writes).toHaveLength(1);
    const write = outbox[0]?.writes[0];
    expect(write).toMatchObject({ table: 'contacts', rowId: contact.id, hlc: stored?.hlc });
    expect(write?.fields).toMatchObject({ firstName: 'Zoë', email: 'zoe@example.com', deleted: 0 });
    // Derived local fields never sync.
    expect(write?.fields).not.toHaveProperty('searchTokens');
    expect(write?.fields).not.toHaveProperty('sortName');
    expect((await readOutboxMeta(db)).pendingWrites).toBe(1);
  });

  it('refuses an invalid record with a message per field and writes nothing', async () => {
    const { db, mutations } = await openTestDatabase();
    const failure = await mutations.create('contacts', { firstName: 'Ann', email: 'not-an-email', phone: '0301234' }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RecordValidationError);
    expect((failure as RecordValidationError).issues.map((issue) => issue.field).sort()).toEqual(['email', 'phone']);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes a bulk create as one outbox row per chunk, reporting progress', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 2000 });
    const progress: number[] = [];
    const ids = await mutations.createMany(
      'contacts',
      Array.from({ length: 5000 }, (_, index) => ({ firstName: `Person ${index}` })),
      { onProgress: (done) => progress.push(done) },
    );

    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    expect(await db.contacts.count()).toBe(5000);
    expect(await db.outbox.count()).toBe(3);
    expect((await outboxWrites(db)).length).toBe(5000);
    expect(progress).toEqual([2000, 4000, 5000]);
    expect((await readOutboxMeta(db)).pendingWrites).toBe(5000);
  });

  it('commits events three times as many to a chunk, since they are packed 500 to a row', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Visitor' });
    const progress: number[] = [];
    const time = '2026-12-01T10:00:00.000Z';
    await mutations.createMany('events', Array.from({ length: 6001 }, () => ({ contactId: contact.id, name: 'page_visit', time })), { onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([6000, 6001]);
    expect(await db.outbox.count()).toBe(3);
  });

  it('refuses a whole bulk create when one record is invalid, naming it', async () => {
    const { db, mutations } = await openTestDatabase();
    const inputs = [{ firstName: 'Good' }, { firstName: 'Bad', email: 'nope' }];
    await expect(mutations.createMany('contacts', inputs)).rejects.toThrow(/Record 2: email/);
    expect(await db.contacts.count()).toBe(0);
  });

  it('gives every write a later clock value than the one before', async () => {
    const { db, mutations } = await openTestDatabase();
    await mutations.createMany('tags', Array.from({ length: 50 }, (_, index) => ({ name: `tag ${index}` })));
    const hlcs = (await outboxWrites(db)).map((write) => write.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(50);
  });
});

describe('updating records', () => {
  it('records only the fields that changed and stamps their clock', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann', lastName: 'Lee', city: 'Oslo' });
    await mutations.update('contacts', contact.id, { city: 'Bergen', lastName: 'Lee' });

    const writes = await outboxWrites(db);
    expect(writes).toHaveLength(2);
    expect(Object.keys(writes[1]?.fields ?? {}).sort()).toEqual(['city', 'updatedAt']);
    const stored = await db.contacts.get(contact.id);
    expect(stored?.city).toBe('Bergen');
    expect(stored?.fieldHlc?.city).toBe(writes[1]?.hlc);
    expect(stored?.hlc).toBe(writes[0]?.hlc);
  });

  it('writes nothing when nothing changed', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann' });
    await mutations.update('contacts', contact.id, { firstName: 'Ann' });
    expect(await db.outbox.count()).toBe(1);
  });

  it('syncs each custom attribute as a field of its own and keeps the others', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann', custom: { shoe_size: 38, vip: true } });
    await mutations.update('contacts', contact.id, { custom: { shoe_size: 39 } });

    const writes = await outboxWrites(db);
    expect(writes[0]?.fields).toMatchObject({ 'custom.shoe_size': 38, 'custom.vip': true });
    expect(Object.keys(writes[1]?.fields ?? {}).sort()).toEqual(['custom.shoe_size', 'updatedAt']);
    expect((await db.contacts.get(contact.id))?.custom).toEqual({ shoe_size: 39, vip: true });
  });

  it('refuses an invalid change and keeps the stored record', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.com' });
    await expect(mutations.update('contacts', contact.id, { email: 'broken' })).rejects.toBeInstanceOf(RecordValidationError);
    expect((await db.contacts.get(contact.id))?.email).toBe('ann@example.com');
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps events append-only', async () => {
    const { mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann' });
    const event = await mutations.create('events', { contactId: contact.id, name: 'page visit', time: new Date().toISOString() });
    await expect(mutations.update('events', event.id, { name: 'changed' })).rejects.toThrow(/append-only/);
  });
});

describe('soft delete, restore and undo', () => {
  it('soft-deletes, and undo brings the records back through the outbox', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await mutations.createMany('contacts', [{ firstName: 'A' }, { firstName: 'B' }]);
    const entry = await mutations.softDelete('contacts', ids, 'Delete 2 contacts');

    expect(entry.steps).toEqual([{ table: 'contacts', rows: expect.any(Array) }]);
    expect(entry.steps[0]?.rows).toHaveLength(2);
    expect((await db.contacts.bulkGet(ids)).map((row) => row?.deleted)).toEqual([1, 1]);
    const undone = await mutations.undoLast();
    expect(undone?.label).toBe('Delete 2 contacts');
    expect((await db.contacts.bulkGet(ids)).map((row) => row?.deleted)).toEqual([0, 0]);
    const deletedFlags = (await outboxWrites(db)).map((write) => write.fields.deleted).filter((flag) => flag !== undefined);
    expect(deletedFlags).toEqual([0, 0, 1, 1, 0, 0]);
    expect(await mutations.undoLast()).toBeNull();
  });

  it('restores soft-deleted records', async () => {
    const { db, mutations } = await openTestDatabase();
    const company = await mutations.create('companies', { name: 'Acme' });
    await mutations.softDelete('companies', [company.id], 'Delete Acme');
    await mutations.restore('companies', [company.id]);
    expect((await db.companies.get(company.id))?.deleted).toBe(0);
  });

  it('undoes a bulk change back to each record’s own previous value', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 3 });
    const ids = await mutations.createMany('contacts', ['Oslo', 'Rome', 'Lima', 'Kyiv', 'Pune'].map((city) => ({ firstName: city, city })));
    await mutations.updateMany('contacts', ids, { city: 'Paris', status: 'customer' }, 'Set city');
    expect(new Set((await db.contacts.bulkGet(ids)).map((row) => row?.city))).toEqual(new Set(['Paris']));

    await mutations.undoLast();
    const rows = await db.contacts.bulkGet(ids);
    expect(rows.map((row) => row?.city)).toEqual(['Oslo', 'Rome', 'Lima', 'Kyiv', 'Pune']);
    expect(rows.every((row) => row?.status === 'lead')).toBe(true);
  });
});

describe('link rows', () => {
  it('keeps one row per pair and the contact’s tag set in step', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann' });
    const tag = await mutations.create('tags', { name: 'VIP' });
    const first = await mutations.create('contactTags', { contactId: contact.id, tagId: tag.id });
    const second = await mutations.create('contactTags', { contactId: contact.id, tagId: tag.id });

    expect(second.id).toBe(first.id);
    expect(await db.contactTags.count()).toBe(1);
    expect((await db.contacts.get(contact.id))?.tagIds).toEqual([tag.id]);
    expect(await db.contacts.where('tagIds').equals(tag.id).count()).toBe(1);

    await mutations.softDelete('contactTags', [first.id], 'Remove tag');
    expect((await db.contacts.get(contact.id))?.tagIds).toEqual([]);
    await mutations.undoLast();
    expect((await db.contacts.get(contact.id))?.tagIds).toEqual([tag.id]);
  });

  it('keeps the tag set of the contact when the contact itself is edited', async () => {
    const { db, mutations } = await openTestDatabase();
    const contact = await mutations.create('contacts', { firstName: 'Ann' });
    const list = await mutations.create('lists', { name: 'Expo leads' });
    await mutations.create('contactLists', { contactId: contact.id, listId: list.id });
    await mutations.update('contacts', contact.id, { firstName: 'Anna' });
    expect((await db.contacts.get(contact.id))?.listIds).toEqual([list.id]);
  });
});

describe('undoable actions across tables', () => {
  it('undoes a group of creates and changes as one action, newest first', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 2 });
    const ids = await mutations.createMany('contacts', [{ firstName: 'A' }, { firstName: 'B' }, { firstName: 'C' }]);
    const tag = await mutations.create('tags', { name: 'Expo' });
    await mutations.create('contactTags', { contactId: ids[0] as string, tagId: tag.id });

    const entry = await mutations.undoable('Tag 3 contacts and set city', async () => {
      await mutations.createMany('contactTags', ids.map((contactId) => ({ contactId, tagId: tag.id })));
      await mutations.updateMany('contacts', ids, { city: 'Berlin' }, 'inner label is ignored');
    });
    expect(entry.label).toBe('Tag 3 contacts and set city');
    expect(entry.steps.map((step) => step.table)).toEqual(['contactTags', 'contacts']);
    expect(await db.contacts.where('tagIds').equals(tag.id).count()).toBe(3);

    await mutations.undoLast();
    const rows = await db.contacts.bulkGet(ids);
    expect(rows.map((row) => row?.city)).toEqual(['', '', '']);
    // The tag the first contact had before the action stays; the two added ones go.
    expect(rows.map((row) => row?.tagIds)).toEqual([[tag.id], [], []]);
  });

  it('undoes a single-record update made inside the action, but not one made outside', async () => {
    const { db, mutations } = await openTestDatabase();
    const ann = await mutations.create('contacts', { firstName: 'Ann', city: 'Oslo' });
    await mutations.update('contacts', ann.id, { city: 'Bergen' });
    await mutations.undoable('Move Ann', async () => {
      await mutations.update('contacts', ann.id, { city: 'Berlin' });
    });
    await mutations.undoLast();
    expect((await db.contacts.get(ann.id))?.city).toBe('Bergen');
  });

  it('lets a merge move an event to another contact, and nothing else about it change', async () => {
    const { db, mutations } = await openTestDatabase();
    const [from, to] = await mutations.createMany('contacts', [{ firstName: 'Old' }, { firstName: 'New' }]);
    const event = await mutations.create('events', { contactId: from as string, name: 'page visit', time: '2026-12-01T10:00:00.000Z' });
    await mutations.patchMany('events', [{ id: event.id, fields: { contactId: to as string } }], 'Move events');
    const events = recordStore<typeof event>(db, 'events');
    expect((await events.get(event.id))?.contactId).toBe(to);
    await expect(mutations.softDelete('events', [event.id], 'Delete event')).rejects.toThrow(/append-only/);
    await mutations.undoLast();
    expect((await events.get(event.id))?.contactId).toBe(from);
  });
});

describe('commit listeners', () => {
  it('hear about committed rows, derived parent updates included, and never about aborted ones', async () => {
    const { mutations } = await openTestDatabase();
    const heard: Array<[string, string[]]> = [];
    const stop = mutations.subscribe((table, rows) => heard.push([table, rows.map((row) => row.id)]));
    const contact = await mutations.create('contacts', { firstName: 'Ann' });
    const tag = await mutations.create('tags', { name: 'VIP' });
    const link = await mutations.create('contactTags', { contactId: contact.id, tagId: tag.id });
    await mutations.update('contacts', contact.id, { email: 'broken' }).catch(() => undefined);
    stop();
    await mutations.update('contacts', contact.id, { city: 'Oslo' });

    expect(heard).toEqual([
      ['contacts', [contact.id]],
      ['tags', [tag.id]],
      ['contactTags', [link.id]],
      ['contacts', [contact.id]],
    ]);
  });
});
