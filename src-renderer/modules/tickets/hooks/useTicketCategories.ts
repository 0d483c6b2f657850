import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type UseTicketCategoriesOptions = { includeDeleted?: boolean };

// Categories by name; undefined while loading. Deleted ones still name the tickets that point
// at them (a ticket filed offline on another device while the category was being deleted).
export function useTicketCategories({ includeDeleted = false }: UseTicketCategoriesOptions = {}): StoredRecord<'ticketCategories'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.ticketCategories.orderBy('name').toArray()).filter((category) => includeDeleted || !category.deleted), [db, includeDeleted]);
}
