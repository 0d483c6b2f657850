import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

const none: ReadonlySet<string> = new Set();

// The contacts carrying a tag, through the contacts' tag index, for the deal tag filter.
export function useTaggedContacts(tagId: string | null): ReadonlySet<string> {
  const { db } = useDatabase();
  return useLiveQuery(async () => (tagId ? new Set(await db.contacts.where('tagIds').equals(tagId).primaryKeys()) : none), [db, tagId]) ?? none;
}
