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
  const joining = contacts.filter((contact) => !contact.companyIds.includes(companyId));
  return mutations.undoable(label, async () => {
    if (details.primary) await clearOtherPrimaries(db, mutations, joining.map((contact) => contact.id), companyId, label);
    await mutations.createMany(
      'memberships',
      joining.map((contact) => ({ contactId: contact.id, companyId, role: details.role, since: details.since, primary: details.primary ?? contact.companyIds.length === 0 })),
      { onProgress },
    );
  });
}
