import { useMemo } from 'react';
import { useAllContacts } from './useAllContacts';

// The ids of live contacts carrying one tag or list, for that tag's or list's page.
export function useContactsWith(field: 'tagIds' | 'listIds', id: string): ReadonlySet<string> | null {
  const { snapshot, state, ids } = useAllContacts();
  return useMemo(() => {
    if (state.status !== 'ready') return null;
    return new Set(ids.filter((contactId) => snapshot.get(contactId)?.[field].includes(id)));
  }, [snapshot, state.status, ids, field, id]);
}
