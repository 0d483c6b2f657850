import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type CompanyRow = StoredRecord<'companies'> & { employeeCount: number };

// Every company not in the trash, with its number of employees (live memberships of contacts
// not in the trash, as the profile lists them), read in full: tens of thousands of companies
// fit in memory, and the table filters and sorts there. Trashed contacts come from their index
// range, so writes to other contacts do not re-run the query.
export function useCompanyRows(): CompanyRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [companies, memberships, trashedContacts] = await Promise.all([
      db.companies.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray(),
      db.memberships.toArray(),
      db.contacts.where('[deleted+sortName]').between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys(),
    ]);
    const trashed = new Set(trashedContacts);
    const counts = new Map<string, number>();
    for (const membership of memberships) if (!membership.deleted && !trashed.has(membership.contactId)) counts.set(membership.companyId, (counts.get(membership.companyId) ?? 0) + 1);
    return companies.map((company) => ({ ...company, employeeCount: counts.get(company.id) ?? 0 }));
  }, [db]);
}
