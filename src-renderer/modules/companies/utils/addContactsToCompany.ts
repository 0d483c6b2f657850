import type { RecordInput } from '@shared/domain/recordSchemas';
import type { MutationLayer, ProgressHandler } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import { clearOtherPrimaries } from './clearOtherPrimaries';

export type JoiningContact = { id: string; companyIds: readonly string[] };

// Role and since-date for everyone added; `primary` undefined makes the company primary only
// for contacts at no company yet.
export type MembershipDetails = { role: string; since: string | null; primary?: boolean };

// Adds contacts to a company as ONE undoable action (chunked, with progress). Contacts already
// there keep their role and dates.
export async function addContactsToCompany(
  db: OutpostDb,
  mutations: MutationLayer,
  companyId: string,
  contacts: readonly JoiningContact[],
  details: MembershipDetails,
  label: string,
  onProgress?: ProgressHandler,
): Promise<UndoEntry> {
  const inputs = newMemberships(companyId, contacts, details);
  return mutations.undoable(label, async () => {
    if (details.primary) await clearOtherPrimaries(db, mutations, inputs.map((input) => input.contactId), companyId, label);
    await mutations.createMany('memberships', inputs, { onProgress });
  });
}

// The memberships to write for contacts joining a company; those already there are left out.
export function newMemberships(companyId: string, contacts: readonly JoiningContact[], details: MembershipDetails): Array<RecordInput<'memberships'>> {
  return contacts
    .filter((contact) => !contact.companyIds.includes(companyId))
    .map((contact) => ({ contactId: contact.id, companyId, role: details.role, since: details.since, primary: details.primary ?? contact.companyIds.length === 0 }));
}
