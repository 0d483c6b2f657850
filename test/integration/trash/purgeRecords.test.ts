import { afterEach, describe, expect, it } from 'vitest';
import type { MutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { purgeRecords, PurgeRefusedError } from '@renderer/db/mutations/purgeRecords';
import { takeUndo, undoStore } from '@renderer/db/mutations/undoStore';
import { readOutboxMeta } from '@renderer/db/outboxMeta';
import { readAllRecords } from '@renderer/db/recordStore';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

async function contactWithEverything(mutations: MutationLayer) {
  const company = await mutations.create('companies', { name: 'Acme' });
  const tag = await mutations.create('tags', { name: 'VIP' });
  const list = await mutations.create('lists', { name: 'Newsletter' });
  const pipeline = await mutations.create('pipelines', { name: 'Sales', order: 'a0' });
  const stage = await mutations.create('stages', { pipelineId: pipeline.id, name: 'New', order: 'a0' });
  const deal = await mutations.create('deals', { title: 'Big deal', pipelineId: pipeline.id, stageId: stage.id, position: 'a0' });
  const [ann, bob] = (await mutations.createMany('contacts', [{ firstName: 'Ann' }, { firstName: 'Bob' }])) as [string, string];
  await mutations.createMany('memberships', [{ contactId: ann, companyId: company.id }, { contactId: bob, companyId: company.id }]);
  await mutations.create('contactTags', { contactId: ann, tagId: tag.id });
  await mutations.create('contactLists', { contactId: ann, listId: list.id });
  await mutations.createMany('dealContacts', [{ dealId: deal.id, contactId: ann }, { dealId: deal.id, contactId: bob }]);
  await mutations.create('duplicateDismissals', { contactId: bob, otherContactId: ann });
  await mutations.create('notes', { body: 'About Ann', contactId: ann });
  await mutations.create('events', { contactId: ann, name: 'page visit', time: '2026-12-01T10:00:00.000Z' });
  const task = await mutations.create('tasks', { title: 'Call Ann', contactId: ann });
  return { ann, bob, company: company.id, deal: deal.id, task: task.id };
}

describe('purging records from the trash', () => {
  it('deletes a contact with its links, notes and events, and queues a purge change for each row', async () => {
    const { db, clock, mutations } = await openTestDatabase();
    const ids = await contactWithEverything(mutations);
    await mutations.softDelete('contacts', [ids.ann], 'Deleted Ann');
    const pendingBefore = (await readOutboxMeta(db)).pendingWrites;
    const outboxRowsBefore = await db.outbox.count();

    const removed = await purgeRecords(db, clock, 'contacts', [ids.ann]);

    expect(removed).toBe(8);
    expect(await db.contacts.get(ids.ann)).toBeUndefined();
    for (const table of ['memberships', 'contactTags', 'contactLists', 'dealContacts', 'notes', 'events'] as const) {
      expect((await readAllRecords(db, table)).filter((row) => row.contactId === ids.ann), table).toEqual([]);
    }
    expect(await db.duplicateDismissals.count()).toBe(0);
    // The rest stays: Bob, his links, the deal (without Ann in its contact set) and the team's task.
    expect(await db.memberships.where('contactId').equals(ids.bob).count()).toBe(1);
    expect((await db.deals.get(ids.deal))?.contactIds).toEqual([ids.bob]);
    expect((await db.tasks.get(ids.task))?.contactId).toBe(ids.ann);

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(outboxRowsBefore + 1);
    const writes = outbox.at(-1)?.writes ?? [];
    expect(writes.map((write) => write.table).sort()).toEqual(['contactLists', 'contactTags', 'contacts', 'dealContacts', 'duplicateDismissals', 'events', 'memberships', 'notes']);
    expect(writes.every((write) => write.fields.purged === true && write.fields.deleted === 1)).toBe(true);
    expect(new Set(writes.map((write) => write.hlc)).size).toBe(writes.length);
    expect(await readOutboxMeta(db)).toEqual({ pendingWrites: pendingBefore + 8, lastHlc: writes.at(-1)?.hlc });
  });

  it('takes a purged company out of its employees’ company sets', async () => {
    const { db, clock, mutations } = await openTestDatabase();
    const ids = await contactWithEverything(mutations);
    await mutations.softDelete('companies', [ids.company], 'Deleted Acme');
    await purgeRecords(db, clock, 'companies', [ids.company]);
    expect(await db.memberships.count()).toBe(0);
    expect((await db.contacts.bulkGet([ids.ann, ids.bob])).map((row) => row?.companyIds)).toEqual([[], []]);
  });

  it('refuses records that are not in the trash and writes nothing', async () => {
    const { db, clock, mutations } = await openTestDatabase();
    const ids = await contactWithEverything(mutations);
    const outboxBefore = await db.outbox.count();
    await expect(purgeRecords(db, clock, 'contacts', [ids.ann])).rejects.toBeInstanceOf(PurgeRefusedError);
    expect(await db.contacts.get(ids.ann)).toBeDefined();
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('skips ids that are already gone', async () => {
    const { db, clock } = await openTestDatabase();
    expect(await purgeRecords(db, clock, 'contacts', ['no-such-contact'])).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('drops an undo that would bring a purged record back, and keeps any other', async () => {
    const { db, clock, mutations } = await openTestDatabase();
    const ids = await contactWithEverything(mutations);
    await mutations.softDelete('contacts', [ids.ann], 'Deleted Ann');
    await purgeRecords(db, clock, 'contacts', [ids.ann]);
    expect(undoStore.getState().last).toBeNull();
    expect(await mutations.undoLast()).toBeNull();

    await mutations.softDelete('contacts', [ids.bob], 'Deleted Bob');
    await mutations.softDelete('companies', [ids.company], 'Deleted Acme');
    await purgeRecords(db, clock, 'contacts', [ids.bob]);
    expect((await mutations.undoLast())?.label).toBe('Deleted Acme');
  });
});
