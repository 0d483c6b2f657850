import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

export type DealContact = { id: string; name: string; email: string | null };

// The live contacts linked to a deal (its derived contactIds), by name.
export function useDealContacts(contactIds: readonly string[]): DealContact[] | undefined {
  const { db } = useDatabase();
  const key = contactIds.join(',');
  return useLiveQuery(async () => {
    const contacts = await db.contacts.bulkGet(key ? key.split(',') : []);
    return contacts
      .flatMap((contact) => (contact && !contact.deleted ? [{ id: contact.id, name: contactDisplayName(contact), email: contact.email }] : []))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [db, key]);
}
