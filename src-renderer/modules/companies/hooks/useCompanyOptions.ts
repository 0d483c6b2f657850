import { useLiveQuery } from 'dexie-react-hooks';
import { searchTokens } from '@shared/text/foldText';
import { useDatabase } from '../../../db/DatabaseProvider';

export type CompanyOption = { value: string; label: string };

const shown = 20;

// Companies whose name or domain words start with what was typed, through the token index;
// the longest word narrows the index range and the others filter that small set.
export function useCompanyOptions(query: string): CompanyOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const words = searchTokens(query).sort((a, b) => b.length - a.length);
      const [first] = words;
      if (!first) return [];
      const companies = await db.companies
        .where('searchTokens')
        .startsWith(first)
        .distinct()
        .filter((company) => company.deleted === 0 && words.every((word) => company.searchTokens.some((token) => token.startsWith(word))))
        .limit(shown)
        .toArray();
      return companies.map((company) => ({ value: company.id, label: company.domain ? `${company.name} (${company.domain})` : company.name }));
    }, [db, query]) ?? []
  );
}
