import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@shared/ids';
import { RecordValidationError } from '@renderer/db/errors';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

describe('creating records with their links', () => {
  it('stores each new contact once with its tags, lists and companies, and links of stored contacts once each', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 2 });
    const known = await mutations.create('contacts', { firstName: 'Kim' });
    const vip = await mutations.create('tags', { name: 'VIP' });
    const expo = await mutations.create('lists', { name: 'Expo' });
    const acme = await mutations.create('companies', { name: 'Acme' });
    const announced: string[] = [];
    mutations.subscribe((table, rows) => table === 'contacts' && announced.push(...rows.map((row) => row.id)));
    const outboxBefore = await db.outbox.count();

    const [ann, bo, cy] = [newId(), newId(), newId()];
    await mutations.createWithLinks('contacts', [{ id: ann, firstName: 'Ann' }, { id: bo, firstName: 'Bo' }, { id: cy, firstName: 'Cy' }], {
      contactTags: [{ contactId: ann, tagId: vip.id }, { contactId: cy, tagId: vip.id }, { contactId: known.id, tagId: vip.id }],
      contactLists: [{ contactId: ann, listId: expo.id }, { contactId: known.id, listId: expo.id }],
      memberships: [{ contactId: ann, companyId: acme.id, role: 'Buyer' }],
    });

    expect(await db.contacts.get(ann)).toMatchObject({ firstName: 'Ann', tagIds: [vip.id], listIds: [expo.id], companyIds: [acme.id] });
    expect(await db.contacts.get(bo)).toMatchObject({ tagIds: [], listIds: [], companyIds: [] });
    expect(await db.contacts.get(known.id)).toMatchObject({ tagIds: [vip.id], listIds: [expo.id] });
    expect(await db.contacts.where('tagIds').equals(vip.id).count()).toBe(3);
    expect(await db.memberships.where('contactId').equals(ann).first()).toMatchObject({ companyId: acme.id, role: 'Buyer' });
    expect(announced.sort()).toEqual([ann, bo, cy, known.id].sort());
    // One outbox row holds every record and link written.
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(outboxBefore + 1);
    expect(outbox.at(-1)?.writes.map((write) => write.table).sort()).toEqual(['contactLists', 'contactLists', 'contactTags', 'contactTags', 'contactTags', 'contacts', 'contacts', 'contacts', 'memberships']);
  });

  it('writes nothing when one record or link is invalid', async () => {
    const { db, mutations } = await openTestDatabase();
    const vip = await mutations.create('tags', { name: 'VIP' });
    const ann = newId();
    const failure = await mutations
      .createWithLinks('contacts', [{ id: ann, firstName: 'Ann' }, { id: newId(), email: 'not-an-email' }], { contactTags: [{ contactId: ann, tagId: vip.id }] })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RecordValidationError);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.contactTags.count()).toBe(0);
  });

  it('is taken back as a whole by undo inside an undoable action', async () => {
    const { db, mutations } = await openTestDatabase();
    const vip = await mutations.create('tags', { name: 'VIP' });
    const ann = newId();
    await mutations.undoable('Import', () => mutations.createWithLinks('contacts', [{ id: ann, firstName: 'Ann' }], { contactTags: [{ contactId: ann, tagId: vip.id }] }).then(() => undefined));
    await mutations.undoLast();
    expect(await db.contacts.get(ann)).toMatchObject({ deleted: 1 });
    expect(await db.contactTags.filter((row) => !row.deleted).count()).toBe(0);
  });
});
