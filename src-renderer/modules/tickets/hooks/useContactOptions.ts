import { useLiveQuery } from 'dexie-react-hooks';
import { contactDisplayName } from '@shared/domain/contact';
import { useDatabase } from '../../../db/DatabaseProvider';
import { findByWordPrefixes } from '../../../db/queries/findByWordPrefixes';

export type ContactOption = { value: string; label: string; companyId: string | null };

const shown = 20;

// Contacts whose name, email or phone words start with what was typed.
export function useContactOptions(query: string): ContactOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const contacts = await findByWordPrefixes(db, 'contacts', query, shown);
      return contacts.map((contact) => ({
        value: contact.id,
        label: contact.email ? `${contactDisplayName(contact)} (${contact.email})` : contactDisplayName(contact),
        companyId: contact.companyIds[0] ?? null,
      }));
    }, [db, query]) ?? []
  );
}
