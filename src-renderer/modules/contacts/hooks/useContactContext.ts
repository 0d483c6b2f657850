import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type ContactCompany = { id: string; name: string; role: string; primary: boolean };
export type ContactTag = { id: string; name: string; color: string };
export type ContactList = { id: string; name: string };
export type ContactContext = { ownerName: string; companies: ContactCompany[]; tags: ContactTag[]; lists: ContactList[] };

const emptyContext: ContactContext = { ownerName: '', companies: [], tags: [], lists: [] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

// What a contact belongs to, by name: its owner, companies (with the role from the membership,
// primary first), tags and lists. Tags and lists come through the derived id sets on the contact.
export function useContactContext(contact: StoredRecord<'contacts'> | null): ContactContext {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      if (!contact) return emptyContext;
      const [owner, memberships, tags, lists] = await Promise.all([
        contact.ownerId ? db.teamMembers.get(contact.ownerId) : undefined,
        db.memberships.where('contactId').equals(contact.id).toArray(),
        db.tags.bulkGet(contact.tagIds),
        db.lists.bulkGet(contact.listIds),
      ]);
      const liveMemberships = memberships.filter((membership) => !membership.deleted);
      const companies = await db.companies.bulkGet(liveMemberships.map((membership) => membership.companyId));
      return {
        ownerName: owner && !owner.deleted ? owner.name : '',
        companies: liveMemberships
          .flatMap((membership, index) => {
            const company = companies[index];
            return company && !company.deleted ? [{ id: company.id, name: company.name, role: membership.role, primary: membership.primary }] : [];
          })
          .sort((a, b) => Number(b.primary) - Number(a.primary) || byName(a, b)),
        tags: tags.flatMap((tag) => (tag && !tag.deleted ? [{ id: tag.id, name: tag.name, color: tag.color }] : [])).sort(byName),
        lists: lists.flatMap((list) => (list && !list.deleted ? [{ id: list.id, name: list.name }] : [])).sort(byName),
      };
    }, [db, contact]) ?? emptyContext
  );
}
