import { useMemo } from 'react';
import { useAllContacts } from './useAllContacts';

// How many live contacts carry each tag or list id, from the in-memory snapshot.
export function useContactCountsBy(field: 'tagIds' | 'listIds'): ReadonlyMap<string, number> | undefined {
  const { snapshot, state, ids } = useAllContacts();
  return useMemo(() => {
    if (state.status !== 'ready') return undefined;
    const counts = new Map<string, number>();
    for (const id of ids) for (const linked of snapshot.get(id)?.[field] ?? []) counts.set(linked, (counts.get(linked) ?? 0) + 1);
    return counts;
  }, [snapshot, state.status, ids, field]);
}
