import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { VisibleRange } from '../../ui/VirtualList';

const overscanRows = 20;

// Loads only the rows a virtual list shows (plus a margin), live: an edit from sync or another
// window re-renders just the affected window of rows.
export function useLiveRowsInRange<Row extends { id: string }, Insert>(table: Table<Row, string, Insert>, ids: string[], range: VisibleRange): Map<string, Row> {
  const windowIds = ids.slice(Math.max(0, range.start - overscanRows), range.end + overscanRows + 1);
  const key = windowIds.join('|');
  const rows = useLiveQuery(() => table.bulkGet(windowIds), [table, key]);
  const byId = new Map<string, Row>();
  for (const row of rows ?? []) if (row) byId.set(row.id, row);
  return byId;
}
