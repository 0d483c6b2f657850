import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { mergeTimeline } from '../utils/mergeTimeline';
import { readContactActivity } from '../utils/readContactActivity';
import type { TimelineEntry } from '../utils/timelineEntry';
import { usePagedEvents } from './usePagedEvents';

export type ContactTimeline = { entries: TimelineEntry[] | undefined; hasMore: boolean; loadMore: () => void };

// Everything about a contact in time order: paged events merged with its notes, tasks, deals
// and tickets. Each source is its own live query, so a new note does not re-read events.
export function useContactTimeline(contactId: string): ContactTimeline {
  const { db } = useDatabase();
  const { paged, loadMore } = usePagedEvents(contactId);
  const others = useLiveQuery(() => readContactActivity(db, contactId, new Date()), [db, contactId]);
  const entries = useMemo(() => (paged && others ? mergeTimeline(paged, others) : undefined), [paged, others]);
  return { entries, hasMore: paged?.hasMore ?? false, loadMore };
}
