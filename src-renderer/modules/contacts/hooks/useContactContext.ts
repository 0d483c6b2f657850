import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactTag = { id: string; name: string; color: string };
export type ContactList = { id: string; name: string };
export type ContactContext = { ownerName: string; tags: ContactTag[]; lists: ContactList[] };

const emptyContext: ContactContext = { ownerName: '', tags: [], lists: [] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

// What a contact belongs to, by name: its owner, tags and lists (through the derived id sets on
// the contact). Its companies come with their memberships (companies/hooks/useContactMemberships).
export function useContactContext(contact: StoredRecord<'contacts'> | null): ContactContext {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      if (!contact) return emptyContext;
      const [owner, tags, lists] = await Promise.all([
        contact.ownerId ? db.teamMembers.get(contact.ownerId) : undefined,
        db.tags.bulkGet(contact.tagIds),
        db.lists.bulkGet(contact.listIds),
      ]);
      return {
        ownerName: owner && !owner.deleted ? owner.name : '',
        tags: tags.flatMap((tag) => (tag && !tag.deleted ? [{ id: tag.id, name: tag.name, color: tag.color }] : [])).sort(byName),
        lists: lists.flatMap((list) => (list && !list.deleted ? [{ id: list.id, name: list.name }] : [])).sort(byName),
      };
    }, [db, contact]) ?? emptyContext
  );
}
