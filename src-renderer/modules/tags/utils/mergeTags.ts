import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';

// Moves every contact and ticket from one tag to another, then deletes the first, as ONE undoable
// action. Contacts that already had both keep one link. Link rows move (not the tag's id), so a
// device that tags someone concurrently keeps its link on the old tag, visible after a restore.
export async function mergeTags(db: OutpostDb, mutations: MutationLayer, sourceId: string, targetId: string): Promise<UndoEntry> {
  if (sourceId === targetId) throw new Error('Choose another tag to merge into');
  const [source, target] = await db.tags.bulkGet([sourceId, targetId]);
  if (!source || source.deleted || !target || target.deleted) throw new Error('Both tags must exist to be merged');
  return mutations.undoable(`Merged tag ${source.name} into ${target.name}`, async () => {
    const live = <Row extends { deleted: 0 | 1 }>(rows: Row[]) => rows.filter((row) => !row.deleted);
    const sourceLinks = live(await db.contactTags.where('tagId').equals(sourceId).toArray());
    const tagged = new Set(live(await db.contactTags.where('tagId').equals(targetId).toArray()).map((link) => link.contactId));
    const moving = sourceLinks.filter((link) => !tagged.has(link.contactId));
    if (moving.length > 0) await mutations.createMany('contactTags', moving.map((link) => ({ contactId: link.contactId, tagId: targetId })));
    if (sourceLinks.length > 0) await mutations.softDelete('contactTags', sourceLinks.map((link) => link.id), 'Moved tag links');
    const tickets = live(await db.tickets.filter((ticket) => ticket.tagIds.includes(sourceId)).toArray());
    const retagged = tickets.map((ticket) => ({ id: ticket.id, fields: { tagIds: [...new Set(ticket.tagIds.map((id) => (id === sourceId ? targetId : id)))] } }));
    if (retagged.length > 0) await mutations.patchMany('tickets', retagged, 'Moved ticket tags');
    await mutations.softDelete('tags', [sourceId], `Deleted tag ${source.name}`);
  });
}
