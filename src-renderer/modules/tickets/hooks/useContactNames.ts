import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

const none: ReadonlyMap<string, string> = new Map();

// Display names of the contacts tickets belong to, read by id (never a scan of all contacts).
export function useContactNames(contactIds: ReadonlyArray<string | null>): ReadonlyMap<string, string> {
  const { db } = useDatabase();
  const ids = [...new Set(contactIds.filter((id): id is string => id !== null))].sort();
  const key = ids.join(',');
  return (
    useLiveQuery(async () => {
      const contacts = await db.contacts.bulkGet(ids);
      return new Map(contacts.flatMap((contact) => (contact && !contact.deleted ? [[contact.id, contactDisplayName(contact)] as const] : [])));
      // `key` stands for `ids`, whose array identity changes on every render.
    }, [db, key]) ?? none
  );
}
