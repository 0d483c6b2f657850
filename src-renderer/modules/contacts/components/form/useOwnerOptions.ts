import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../../db/DatabaseProvider';

export type OwnerOption = { value: string; label: string };

// Team members who can own a contact, by name; undefined while loading.
export function useOwnerOptions(): OwnerOption[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    async () =>
      (await db.teamMembers.toArray())
        .filter((member) => member.deleted === 0)
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((member) => ({ value: member.id, label: member.name })),
    [db],
  );
}
