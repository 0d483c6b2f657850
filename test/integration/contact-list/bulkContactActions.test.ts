import { describe, expect, it } from 'vitest';
import { runBulkContactAction } from '@renderer/modules/contact-list/utils/bulkContactActions';
import type { ContactRow } from '@renderer/modules/contact-list/utils/contactSnapshot';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('bulk tag actions', () => {
  it('add a tag only where it is missing, remove it only where it is, and each undoes as one action', async () => {
    const { db, mutations } = await openTestDatabase({ chunkSize: 3 });
    const tag = await mutations.create('tags', { name: 'VIP' });
    const ids = await mutations.createMany('contacts', Array.from({ length: 7 }, (_, index) => ({ firstName: `C${index}` })));
    await mutations.createMany('contactTags', [{ contactId: ids[0] as string, tagId: tag.id }]);
    const rows = async () => new Map((await db.contacts.bulkGet(ids)).map((row) => [row?.id as string, row as ContactRow]));
    const tagged = async () => (await db.contacts.where('tagIds').equals(tag.id).primaryKeys()).sort();

    const before = await rows();
    const progress: number[] = [];
    await runBulkContactAction(mutations, { kind: 'addTags', tagIds: [tag.id] }, ids, 'Tag all', (id) => before.get(id), (done) => progress.push(done));
    expect(await tagged()).toEqual([...ids].sort());
    expect(await db.contactTags.count()).toBe(7);
    // Six new links, written three per chunk.
    expect(progress).toEqual([3, 6]);

    await mutations.undoLast();
    expect(await tagged()).toEqual([ids[0]]);

    await runBulkContactAction(mutations, { kind: 'addTags', tagIds: [tag.id] }, ids, 'Tag all again', (id) => before.get(id));
    const after = await rows();
    await runBulkContactAction(mutations, { kind: 'removeTags', tagIds: [tag.id] }, ids.slice(0, 4), 'Untag four', (id) => after.get(id));
    expect(await tagged()).toEqual(ids.slice(4).sort());
    await mutations.undoLast();
    expect(await tagged()).toEqual([...ids].sort());
  });
});
