import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// Live categories by name; undefined while loading.
export function useTicketCategories(): StoredRecord<'ticketCategories'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.ticketCategories.orderBy('name').toArray()).filter((category) => !category.deleted), [db]);
}
