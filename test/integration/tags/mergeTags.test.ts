import { describe, expect, it } from 'vitest';
import { mergeTags } from '@renderer/modules/tags/utils/mergeTags';
import { openTestDatabase } from '../../helpers/testDatabase';

async function taggedWorkspace() {
  const database = await openTestDatabase();
  const { mutations } = database;
  const vip = await mutations.create('tags', { name: 'VIP', color: 'red' });
  const important = await mutations.create('tags', { name: 'Important', color: 'blue' });
  const ann = await mutations.create('contacts', { firstName: 'Ann', email: 'ann@example.com' });
  const bob = await mutations.create('contacts', { firstName: 'Bob', email: 'bob@example.com' });
  await mutations.createMany('contactTags', [
    { contactId: ann.id, tagId: vip.id },
    { contactId: bob.id, tagId: vip.id },
    { contactId: bob.id, tagId: important.id },
  ]);
  const ticket = await mutations.create('tickets', { subject: 'Broken login', tagIds: [vip.id, important.id] });
  return { ...database, vip, important, ann, bob, ticket };
}

describe('merging two tags', () => {
  it('moves every contact and ticket to the surviving tag, each once, and deletes the other', async () => {
    const { db, mutations, vip, important, ann, bob, ticket } = await taggedWorkspace();
    await mergeTags(db, mutations, vip.id, important.id);
    expect((await db.contacts.get(ann.id))?.tagIds).toEqual([important.id]);
    expect((await db.contacts.get(bob.id))?.tagIds).toEqual([important.id]);
    expect((await db.tickets.get(ticket.id))?.tagIds).toEqual([important.id]);
    expect((await db.tags.get(vip.id))?.deleted).toBe(1);
  });

  it('can be undone in one step', async () => {
    const { db, mutations, vip, important, ann, bob, ticket } = await taggedWorkspace();
    await mergeTags(db, mutations, vip.id, important.id);
    await mutations.undoLast();
    expect((await db.tags.get(vip.id))?.deleted).toBe(0);
    expect((await db.contacts.get(ann.id))?.tagIds).toEqual([vip.id]);
    expect([...((await db.contacts.get(bob.id))?.tagIds ?? [])].sort()).toEqual([vip.id, important.id].sort());
    expect((await db.tickets.get(ticket.id))?.tagIds).toEqual([vip.id, important.id]);
  });

  it('refuses to merge a tag into itself', async () => {
    const { db, mutations, vip } = await taggedWorkspace();
    await expect(mergeTags(db, mutations, vip.id, vip.id)).rejects.toThrow('another tag');
  });
});
