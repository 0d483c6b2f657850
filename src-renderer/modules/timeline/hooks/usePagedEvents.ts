import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { PagedEntries } from '../utils/mergeTimeline';
import { firstEventPageSize, nextEventLimit, readEventPage, type EventFilter } from '../utils/readEventPage';
import { eventEntry } from '../utils/toTimelineEntry';

export type PagedEvents = {
  // undefined until the first page for the current contact and filter is read.
  paged: PagedEntries | undefined;
  loadMore: () => void;
};

// A contact's events, newest first, one growing page at a time; a new filter starts over at
// the first page.
export function usePagedEvents(contactId: string, filter: EventFilter = {}): PagedEvents {
  const { db } = useDatabase();
  const name = filter.name ?? null;
  const since = filter.since ?? null;
  const requestKey = `${contactId}|${name ?? ''}|${since ?? ''}`;
  const [request, setRequest] = useState({ key: requestKey, limit: firstEventPageSize });
  const limit = request.key === requestKey ? request.limit : firstEventPageSize;

  const result = useLiveQuery(
    async () => ({ key: requestKey, limit, page: await readEventPage(db, contactId, limit, { name, since }) }),
    [db, contactId, name, since, limit, requestKey],
  );
  // A result for another filter is stale; one for a smaller limit is kept while more loads,
  // so the list does not blank out under the reader's scroll.
  const current = result?.key === requestKey ? result : undefined;
  const paged = useMemo(() => current && { entries: current.page.events.map(eventEntry), hasMore: current.page.hasMore }, [current]);
  const canLoadMore = current !== undefined && current.page.hasMore && current.limit === limit;

  const loadMore = useCallback(() => {
    if (canLoadMore) setRequest({ key: requestKey, limit: nextEventLimit(limit) });
  }, [canLoadMore, requestKey, limit]);

  return { paged, loadMore };
}
