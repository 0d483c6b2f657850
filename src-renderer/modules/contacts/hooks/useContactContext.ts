import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactContext = { ownerName: string; companyNames: string[]; tags: Array<{ id: string; name: string; color: string }> };

const emptyContext: ContactContext = { ownerName: '', companyNames: [], tags: [] };

// Names of what a contact is linked to, read through the derived id sets on the contact.
export function useContactContext(contact: StoredRecord<'contacts'> | null): ContactContext {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      if (!contact) return emptyContext;
      const [owner, companies, tags] = await Promise.all([
        contact.ownerId ? db.teamMembers.get(contact.ownerId) : undefined,
        db.companies.bulkGet(contact.companyIds),
        db.tags.bulkGet(contact.tagIds),
      ]);
      return {
        ownerName: owner && !owner.deleted ? owner.name : '',
        companyNames: companies.flatMap((company) => (company && !company.deleted ? [company.name] : [])),
        tags: tags.flatMap((tag) => (tag && !tag.deleted ? [{ id: tag.id, name: tag.name, color: tag.color }] : [])),
      };
    }, [db, contact]) ?? emptyContext
  );
}
