import { searchTokens } from '@shared/text/foldText';
import type { OutpostDb } from '../OutpostDb';
import type { StoredRecord } from '../rowTypes';

type SearchableTable = 'contacts' | 'companies' | 'deals';

// Live records whose words all start with the typed words, through the searchTokens index (never
// a scan of the table): the longest word narrows the index range, the others filter that set.
export async function findByWordPrefixes<T extends SearchableTable>(db: OutpostDb, table: T, query: string, limit: number): Promise<StoredRecord<T>[]> {
  const words = searchTokens(query).sort((a, b) => b.length - a.length);
  const [first] = words;
  if (!first) return [];
  const rows = await (db[table] as unknown as OutpostDb['contacts'])
    .where('searchTokens')
    .startsWith(first)
    .distinct()
    .filter((row) => row.deleted === 0 && words.every((word) => row.searchTokens.some((token) => token.startsWith(word))))
    .limit(limit)
    .toArray();
  return rows as unknown as StoredRecord<T>[];
}
