import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type CompanyRow = StoredRecord<'companies'> & { employeeCount: number };

// Every company not in the trash, with its number of employees (live memberships), read in
// full: tens of thousands of companies fit in memory, and the table filters and sorts there.
export function useCompanyRows(): CompanyRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [companies, memberships] = await Promise.all([
      db.companies.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray(),
      db.memberships.toArray(),
    ]);
    const counts = new Map<string, number>();
    for (const membership of memberships) if (!membership.deleted) counts.set(membership.companyId, (counts.get(membership.companyId) ?? 0) + 1);
    return companies.map((company) => ({ ...company, employeeCount: counts.get(company.id) ?? 0 }));
  }, [db]);
}
