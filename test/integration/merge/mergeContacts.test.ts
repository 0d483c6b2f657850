import { afterEach, describe, expect, it } from 'vitest';
import type { MutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { readAllRecords } from '@renderer/db/recordStore';
import { defaultMergeChoices, defaultSurvivorId, differingMergeFields } from '@renderer/modules/merge/utils/mergeFields';
import { mergeContacts } from '@renderer/modules/merge/utils/mergeContacts';
import { openTestDatabase } from '../../helpers/testDatabase';

type TestDb = Awaited<ReturnType<typeof openTestDatabase>>['db'];

afterEach(() => {
  takeUndo();
});

const tables = ['contacts', 'memberships', 'contactTags', 'contactLists', 'dealContacts', 'deals', 'duplicateDismissals', 'notes', 'tasks', 'tickets', 'events'] as const;

// Every row of every table a merge touches, without the bookkeeping an undo legitimately
// changes (update time and per-field clocks); derived id sets sorted, since their order is not meaningful.
async function snapshot(db: TestDb): Promise<Record<string, Record<string, unknown>>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const table of tables) {
    for (const row of await readAllRecords(db, table)) {
      const { updatedAt: _updatedAt, fieldHlc: _fieldHlc, ...kept } = row;
      for (const field of ['tagIds', 'listIds', 'companyIds', 'contactIds']) if (Array.isArray(kept[field])) kept[field] = [...(kept[field] as string[])].sort();
      result[`${table}/${row.id}`] = kept;
    }
  }
  return result;
}

async function seed(mutations: MutationLayer) {
  const [acme, globex] = await mutations.createMany('companies', [{ name: 'Acme' }, { name: 'Globex' }]);
  const [vip, expo] = await mutations.createMany('tags', [{ name: 'VIP' }, { name: 'Expo' }]);
  const list = await mutations.create('lists', { name: 'Newsletter' });
  const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const stage = await mutations.create('stages', { pipelineId: pipeline.id, name: 'New', order: 'a0' });
  const deal = await mutations.create('deals', { title: 'Big deal', pipelineId: pipeline.id, stageId: stage.id, position: 'a0' });
  const ann = await mutations.create('contacts', { firstName: 'Ann', lastName: 'Lee', city: 'Oslo', custom: { shoe_size: 38 } });
  const anna = await mutations.create('contacts', { firstName: 'Anna', lastName: 'Lee', email: 'anna@acme.test', custom: { shoe_size: 39, vip: true } });
  const lee = await mutations.create('contacts', { firstName: 'A.', lastName: 'Lee', phone: '+4930123456' });
  const other = await mutations.create('contacts', { firstName: 'Zed', lastName: 'Other' });
  const ids = { acme: acme as string, globex: globex as string, vip: vip as string, expo: expo as string, list: list.id, deal: deal.id };

  await mutations.createMany('memberships', [
    { contactId: ann.id, companyId: ids.acme, role: 'CEO', primary: true },
    { contactId: anna.id, companyId: ids.acme, role: 'Chief' },
    { contactId: anna.id, companyId: ids.globex, role: 'Advisor', primary: true },
  ]);
  await mutations.createMany('contactTags', [
    { contactId: ann.id, tagId: ids.vip },
    { contactId: anna.id, tagId: ids.vip },
    { contactId: lee.id, tagId: ids.expo },
  ]);
  await mutations.create('contactLists', { contactId: lee.id, listId: ids.list });
  await mutations.create('dealContacts', { dealId: ids.deal, contactId: anna.id });
  await mutations.createMany('duplicateDismissals', [
    { contactId: anna.id, otherContactId: other.id },
    { contactId: lee.id, otherContactId: ann.id },
  ]);
  await mutations.createMany('notes', [
    { body: 'Met at the fair', contactId: anna.id },
    { body: 'Old note', contactId: ann.id },
  ]);
  await mutations.create('tasks', { title: 'Call back', contactId: lee.id });
  await mutations.create('tickets', { subject: 'Login broken', contactId: anna.id });
  await mutations.createMany('events', [
    { contactId: anna.id, name: 'page visit', time: '2026-12-01T10:00:00.000Z' },
    { contactId: lee.id, name: 'signup', time: '2026-12-01T11:00:00.000Z' },
    { contactId: ann.id, name: 'page visit', time: '2026-12-01T12:00:00.000Z' },
  ]);
  return { ...ids, ann: ann.id, anna: anna.id, lee: lee.id, other: other.id };
}

describe('merging contacts', () => {
  it('gives the survivor the chosen values and everything linked to the others, and trashes them', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await seed(mutations);

    const entry = await mergeContacts(db, mutations, {
      survivorId: ids.ann,
      contactIds: [ids.anna, ids.lee],
      choices: { email: ids.anna, phone: ids.lee, firstName: ids.ann, 'custom.shoe_size': ids.anna, 'custom.vip': ids.anna },
    });

    expect(entry.label).toBe('Merged 2 contacts into Ann Lee');
    const survivor = await db.contacts.get(ids.ann);
    expect(survivor).toMatchObject({ firstName: 'Ann', email: 'anna@acme.test', phone: '+4930123456', city: 'Oslo', custom: { shoe_size: 39, vip: true }, deleted: 0 });
    expect([...(survivor?.companyIds ?? [])].sort()).toEqual([ids.acme, ids.globex].sort());
    expect([...(survivor?.tagIds ?? [])].sort()).toEqual([ids.vip, ids.expo].sort());
    expect(survivor?.listIds).toEqual([ids.list]);
    expect((await db.contacts.bulkGet([ids.anna, ids.lee])).map((row) => row?.deleted)).toEqual([1, 1]);

    // Memberships keep their role; the survivor's own primary company stays the only primary one.
    const memberships = await db.memberships.where('contactId').equals(ids.ann).toArray();
    expect(memberships.map(({ companyId, role, primary }) => ({ companyId, role, primary })).sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { companyId: ids.globex, role: 'Advisor', primary: false },
      { companyId: ids.acme, role: 'CEO', primary: true },
    ]);
    const loserLinks = [
      ...(await db.memberships.where('contactId').anyOf([ids.anna, ids.lee]).toArray()),
      ...(await db.contactTags.where('contactId').anyOf([ids.anna, ids.lee]).toArray()),
      ...(await db.contactLists.where('contactId').anyOf([ids.anna, ids.lee]).toArray()),
      ...(await db.dealContacts.where('contactId').anyOf([ids.anna, ids.lee]).toArray()),
    ];
    expect(loserLinks.length).toBe(6);
    expect(loserLinks.every((row) => row.deleted === 1)).toBe(true);
    expect((await db.deals.get(ids.deal))?.contactIds).toEqual([ids.ann]);

    // Keep-separate decisions now hold for the survivor; the one among the merged contacts goes.
    const dismissals = (await db.duplicateDismissals.toArray()).filter((row) => row.deleted === 0);
    expect(dismissals.map((row) => [row.contactId, row.otherContactId])).toEqual([[ids.ann, ids.other]]);

    for (const table of ['notes', 'tasks', 'tickets', 'events'] as const) {
      const rows = await readAllRecords(db, table);
      expect(rows.every((row) => row.contactId === ids.ann), table).toBe(true);
    }
    const mergeNote = (await db.notes.where('contactId').equals(ids.ann).toArray()).find((note) => note.kind === 'merge');
    expect(mergeNote?.body).toBe('Merged Anna Lee, A. Lee into this contact');
    // Every move is a change in the outbox, so sync carries the merge to other devices.
    const writes = (await db.outbox.toArray()).flatMap((row) => row.writes);
    const eventMoves = writes.filter((write) => write.table === 'events' && !('name' in write.fields));
    expect(eventMoves.map((write) => write.fields.contactId)).toEqual([ids.ann, ids.ann]);
  });

  it('is undone as one action that brings back every row exactly as it was', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 2 });
    const ids = await seed(mutations);
    const before = await snapshot(db);

    await mergeContacts(db, mutations, { survivorId: ids.anna, contactIds: [ids.ann, ids.lee], choices: { city: ids.ann, phone: ids.lee } });
    const undone = await mutations.undoLast();

    expect(undone?.label).toBe('Merged 2 contacts into Anna Lee');
    const after = await snapshot(db);
    for (const [key, row] of Object.entries(after)) {
      // Rows the merge created (the survivor's new links, the merge note) are deleted again.
      if (before[key]) expect(row, key).toEqual(before[key]);
      else expect(row.deleted, key).toBe(1);
    }
    expect(Object.keys(before).every((key) => key in after)).toBe(true);
  });

  it('leaves everything as it was, and the previous action undoable, when it fails halfway', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await seed(mutations);
    await mutations.softDelete('contacts', [ids.other], 'Deleted Zed Other');
    const before = await snapshot(db);
    const outboxBefore = await db.outbox.count();
    const failing: MutationLayer = {
      ...mutations,
      softDelete: async (table, rowIds, label, bulk) => {
        if (table === 'contacts') throw new Error('Simulated failure');
        return mutations.softDelete(table, rowIds, label, bulk);
      },
    };

    await expect(mergeContacts(db, failing, { survivorId: ids.ann, contactIds: [ids.anna], choices: {} })).rejects.toThrow('Simulated failure');
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(outboxBefore);
    expect((await mutations.undoLast())?.label).toBe('Deleted Zed Other');
  });

  it('without choices keeps the survivor’s values and takes the others’ where it has none', async () => {
    const { db, mutations } = await openTestDatabase();
    const known = await mutations.create('contacts', { firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com', city: 'Oslo' });
    const visitor = await mutations.create('contacts', { email: 'ann@example.com', city: 'Rome', visitorId: 'visitor-1', status: 'visitor' });
    await mutations.create('events', { contactId: visitor.id, name: 'page visit', time: '2026-12-01T10:00:00.000Z' });

    await mergeContacts(db, mutations, { survivorId: known.id, contactIds: [visitor.id] });
    expect(await db.contacts.get(known.id)).toMatchObject({ firstName: 'Ann', city: 'Oslo', status: 'lead', visitorId: 'visitor-1' });
    expect((await readAllRecords(db, 'events')).map((event) => event.contactId)).toEqual([known.id]);
  });

  it('refuses contacts in the trash, a single contact, and values from outside the merge', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await seed(mutations);
    await mutations.softDelete('contacts', [ids.other], 'Deleted Zed Other');
    await expect(mergeContacts(db, mutations, { survivorId: ids.ann, contactIds: [ids.other], choices: {} })).rejects.toThrow(/in the trash/);
    await expect(mergeContacts(db, mutations, { survivorId: ids.ann, contactIds: [ids.ann], choices: {} })).rejects.toThrow(/at least two/);
    await expect(mergeContacts(db, mutations, { survivorId: ids.ann, contactIds: [ids.anna], choices: { email: ids.lee } })).rejects.toThrow(/one of the merged/);
    await expect(mergeContacts(db, mutations, { survivorId: ids.ann, contactIds: [ids.anna], choices: { sortName: ids.anna } })).rejects.toThrow(/not a contact field/);
    expect((await db.contacts.get(ids.anna))?.deleted).toBe(0);
  });
});

describe('choosing what survives', () => {
  it('offers only the fields whose values differ, custom attributes included', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await seed(mutations);
    const contacts = await db.contacts.bulkGet([ids.ann, ids.anna]);
    expect(differingMergeFields(contacts.flatMap((row) => (row ? [row] : [])))).toEqual(['firstName', 'email', 'city', 'custom.shoe_size', 'custom.vip']);
  });

  it('defaults to the most recently written non-empty value, or the survivor’s own when asked to', async () => {
    const { db, mutations } = await openTestDatabase();
    const ids = await seed(mutations);
    await mutations.update('contacts', ids.ann, { city: 'Bergen' });
    await mutations.update('contacts', ids.anna, { city: 'Rome', lastSeenAt: '2026-11-01T00:00:00.000Z' });
    await mutations.update('contacts', ids.ann, { lastSeenAt: '2026-10-01T00:00:00.000Z' });
    const contacts = (await db.contacts.bulkGet([ids.ann, ids.anna])).flatMap((row) => (row ? [row] : []));

    const recent = defaultMergeChoices(contacts, ids.ann, 'recent');
    expect(recent).toMatchObject({ city: ids.anna, email: ids.anna, firstName: ids.anna, lastSeenAt: ids.anna, 'custom.vip': ids.anna });
    const own = defaultMergeChoices(contacts, ids.ann, 'survivor');
    expect(own).toMatchObject({ city: ids.ann, firstName: ids.ann, email: ids.anna, lastSeenAt: ids.anna, 'custom.shoe_size': ids.ann, 'custom.vip': ids.anna });
  });

  it('proposes the most complete contact as the survivor, the oldest on a tie', async () => {
    const { db, mutations } = await openTestDatabase();
    const [first, second, third] = await mutations.createMany('contacts', [{ firstName: 'A' }, { firstName: 'B', email: 'b@example.com' }, { firstName: 'C' }]);
    const contacts = (await db.contacts.bulkGet([first, second, third] as string[])).flatMap((row) => (row ? [row] : []));
    expect(defaultSurvivorId(contacts)).toBe(second);
    expect(defaultSurvivorId([contacts[2], contacts[0]].flatMap((row) => (row ? [row] : [])))).toBe(first);
  });
});
