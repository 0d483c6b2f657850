import { contactDisplayName } from '@shared/domain/contact';
import { searchTokens } from '@shared/text/foldText';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';

export type ContactOption = { value: string; label: string; companyId: string | null };

const shown = 20;

// Contacts whose words start with what was typed, through the token index (never a scan of the
// table); the longest word narrows the index range and the others filter that small set.
export function useContactOptions(query: string): ContactOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const words = searchTokens(query).sort((a, b) => b.length - a.length);
      const [first] = words;
      if (!first) return [];
      const contacts = await db.contacts
        .where('searchTokens')
        .startsWith(first)
        .distinct()
        .filter((contact) => contact.deleted === 0 && words.every((word) => contact.searchTokens.some((token) => token.startsWith(word))))
        .limit(shown)
        .toArray();
      return contacts.map((contact) => ({
        value: contact.id,
        label: contact.email ? `${contactDisplayName(contact)} (${contact.email})` : contactDisplayName(contact),
        companyId: contact.companyIds[0] ?? null,
      }));
    }, [db, query]) ?? []
  );
}
