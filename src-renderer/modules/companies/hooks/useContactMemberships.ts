import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactMembership = { membership: StoredRecord<'memberships'>; company: StoredRecord<'companies'> };

// The companies a contact works at with the membership's role and dates, primary first, then by
// name; companies in the trash are left out. undefined while loading.
export function useContactMemberships(contactId: string): ContactMembership[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const memberships = (await db.memberships.where('contactId').equals(contactId).toArray()).filter((membership) => !membership.deleted);
    const companies = await db.companies.bulkGet(memberships.map((membership) => membership.companyId));
    return memberships
      .flatMap((membership, index) => {
        const company = companies[index];
        return company && !company.deleted ? [{ membership, company }] : [];
      })
      .sort((a, b) => Number(b.membership.primary) - Number(a.membership.primary) || a.company.sortName.localeCompare(b.company.sortName));
  }, [db, contactId]);
}
