import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../../db/DatabaseProvider';
import { searchPaletteRecords, type PaletteRecord } from '../../../command-palette/utils/searchPaletteRecords';

export type TaskLinkKind = PaletteRecord['kind'];
export type TaskLinkOption = { value: string; label: string };

const none: TaskLinkOption[] = [];

async function readName(db: ReturnType<typeof useDatabase>['db'], kind: TaskLinkKind, id: string): Promise<string | undefined> {
  if (kind === 'contact') {
    const contact = await db.contacts.get(id);
    return contact && contactDisplayName(contact);
  }
  if (kind === 'company') return (await db.companies.get(id))?.name;
  return (await db.deals.get(id))?.title;
}

// Contacts, companies or deals matching what was typed (the palette's prefix search over the
// token index), with the chosen record first so it stays named after the search text changes.
export function useTaskLinkOptions(kind: TaskLinkKind, query: string, selectedId: string | null): TaskLinkOption[] {
  const { db } = useDatabase();
  return (
    useLiveQuery(async () => {
      const found = (await searchPaletteRecords(db, query))
        .filter((record) => record.kind === kind)
        .map((record) => ({ value: record.id, label: record.description ? `${record.title} (${record.description})` : record.title }));
      if (!selectedId || found.some((option) => option.value === selectedId)) return found;
      return [{ value: selectedId, label: (await readName(db, kind, selectedId)) ?? 'Deleted record' }, ...found];
    }, [db, kind, query, selectedId]) ?? none
  );
}
