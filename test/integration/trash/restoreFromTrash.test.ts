import { afterEach, expect, it } from 'vitest';
import { takeUndo } from '@renderer/db/mutations/undoStore';
import { openTestDatabase } from '../../helpers/testDatabase';

afterEach(() => {
  takeUndo();
});

// Soft delete leaves link rows alone, so a contact restored from the trash has its tags, lists
// and companies again.
it('restores a contact with its tags, lists and companies', async () => {
  const { db, mutations } = await openTestDatabase();
  const contact = await mutations.create('contacts', { firstName: 'Ann' });
  const company = await mutations.create('companies', { name: 'Acme' });
  const tag = await mutations.create('tags', { name: 'VIP' });
  const list = await mutations.create('lists', { name: 'Newsletter' });
  await mutations.create('memberships', { contactId: contact.id, companyId: company.id, role: 'CEO' });
  await mutations.create('contactTags', { contactId: contact.id, tagId: tag.id });
  await mutations.create('contactLists', { contactId: contact.id, listId: list.id });

  await mutations.softDelete('contacts', [contact.id], 'Deleted Ann');
  expect(await db.contacts.where('tagIds').equals(tag.id).first()).toMatchObject({ id: contact.id, deleted: 1 });
  await mutations.restore('contacts', [contact.id]);

  const restored = await db.contacts.get(contact.id);
  expect(restored).toMatchObject({ deleted: 0, tagIds: [tag.id], listIds: [list.id], companyIds: [company.id] });
  const links = [
    ...(await db.memberships.where('contactId').equals(contact.id).toArray()),
    ...(await db.contactTags.where('contactId').equals(contact.id).toArray()),
    ...(await db.contactLists.where('contactId').equals(contact.id).toArray()),
  ];
  expect(links.map((row) => row.deleted)).toEqual([0, 0, 0]);
  expect(await db.contacts.where('companyIds').equals(company.id).count()).toBe(1);
});
