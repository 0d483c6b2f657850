import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { readCompanyRecords, type CompanyRecords } from '../utils/readCompanyActivity';

// The company's notes, tasks, deals and tickets, live; undefined while loading.
export function useCompanyRecords(companyId: string): CompanyRecords | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => readCompanyRecords(db, companyId), [db, companyId]);
}
