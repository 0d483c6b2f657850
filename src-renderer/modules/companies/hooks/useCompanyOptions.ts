import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { findByWordPrefixes } from '../../../db/queries/findByWordPrefixes';

export type CompanyOption = { value: string; label: string };

const shown = 20;

// Companies whose name or domain words start with what was typed.
export function useCompanyOptions(query: string): CompanyOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const companies = await findByWordPrefixes(db, 'companies', query, shown);
      return companies.map((company) => ({ value: company.id, label: company.domain ? `${company.name} (${company.domain})` : company.name }));
    }, [db, query]) ?? []
  );
}
