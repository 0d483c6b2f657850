import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// The tags not in the trash, by name.
export function useLiveTags(): StoredRecord<'tags'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.tags.orderBy('name').toArray()).filter((tag) => !tag.deleted), [db]);
}
