import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../../db/DatabaseProvider';
import { findByWordPrefixes } from '../../../../db/queries/findByWordPrefixes';

export type TaskLinkKind = 'contact' | 'company' | 'deal';
export type TaskLinkOption = { value: string; label: string };

const none: TaskLinkOption[] = [];
const shown = 20;

type Db = ReturnType<typeof useDatabase>['db'];

async function findOptions(db: Db, kind: TaskLinkKind, query: string): Promise<TaskLinkOption[]> {
  const label = (title: string, detail: string | null) => (detail ? `${title} (${detail})` : title);
  if (kind === 'contact') return (await findByWordPrefixes(db, 'contacts', query, shown)).map((contact) => ({ value: contact.id, label: label(contactDisplayName(contact), contact.email ?? contact.phone) }));
  if (kind === 'company') return (await findByWordPrefixes(db, 'companies', query, shown)).map((company) => ({ value: company.id, label: label(company.name, company.domain) }));
  return (await findByWordPrefixes(db, 'deals', query, shown)).map((deal) => ({ value: deal.id, label: label(deal.title, deal.status) }));
}

async function readName(db: Db, kind: TaskLinkKind, id: string): Promise<string | undefined> {
  if (kind === 'contact') {
    const contact = await db.contacts.get(id);
    return contact && contactDisplayName(contact);
  }
  if (kind === 'company') return (await db.companies.get(id))?.name;
  return (await db.deals.get(id))?.title;
}

// Contacts, companies or deals matching what was typed (word prefixes over the token index), with
// the chosen record first so it stays named after the search text changes.
export function useTaskLinkOptions(kind: TaskLinkKind, query: string, selectedId: string | null): TaskLinkOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const found = await findOptions(db, kind, query);
      if (!selectedId || found.some((option) => option.value === selectedId)) return found;
      return [{ value: selectedId, label: (await readName(db, kind, selectedId)) ?? 'Deleted record' }, ...found];
    }, [db, kind, query, selectedId]) ?? none
  );
}
