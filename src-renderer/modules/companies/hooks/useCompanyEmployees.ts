import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type CompanyEmployee = { membership: StoredRecord<'memberships'>; contact: StoredRecord<'contacts'>; name: string };

// The contacts working at a company, primary ones first, then by name; contacts in the trash
// are left out. undefined while loading.
export function useCompanyEmployees(companyId: string): CompanyEmployee[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const memberships = (await db.memberships.where('companyId').equals(companyId).toArray()).filter((membership) => !membership.deleted);
    const contacts = await db.contacts.bulkGet(memberships.map((membership) => membership.contactId));
    return memberships
      .flatMap((membership, index) => {
        const contact = contacts[index];
        return contact && !contact.deleted ? [{ membership, contact, name: contactDisplayName(contact) }] : [];
      })
      .sort((a, b) => Number(b.membership.primary) - Number(a.membership.primary) || a.contact.sortName.localeCompare(b.contact.sortName));
  }, [db, companyId]);
}
