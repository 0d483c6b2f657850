import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';

// A contact has one primary company: making `companyId` primary unsets it on the others.
// Inside an undoable action it is undone with it.
export async function clearOtherPrimaries(db: OutpostDb, mutations: MutationLayer, contactIds: readonly string[], companyId: string, label: string): Promise<void> {
  if (contactIds.length === 0) return;
  const memberships = await db.memberships.where('contactId').anyOf([...contactIds]).toArray();
  const others = memberships.filter((membership) => !membership.deleted && membership.primary && membership.companyId !== companyId);
  if (others.length > 0) await mutations.patchMany('memberships', others.map((membership) => ({ id: membership.id, fields: { primary: false } })), label);
}
