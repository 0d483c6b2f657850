import type { MembershipFields } from '@shared/domain/contact';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { clearOtherPrimaries } from './clearOtherPrimaries';

export type MembershipPatch = Partial<Pick<MembershipFields, 'role' | 'since' | 'primary'>>;

// Role, since-date or primary flag of one membership, as one undoable edit (making it primary
// unsets the contact's other primary company in the same step).
export async function updateMembership(db: OutpostDb, mutations: MutationLayer, membership: StoredRecord<'memberships'>, patch: MembershipPatch): Promise<void> {
  const label = 'Edited company membership';
  await mutations.undoable(label, async () => {
    if (patch.primary) await clearOtherPrimaries(db, mutations, [membership.contactId], membership.companyId, label);
    await mutations.patchMany('memberships', [{ id: membership.id, fields: patch }], label);
  });
}
