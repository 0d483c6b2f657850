import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// The lists not in the trash, by name.
export function useLiveLists(): StoredRecord<'lists'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.lists.orderBy('name').toArray()).filter((list) => !list.deleted), [db]);
}
