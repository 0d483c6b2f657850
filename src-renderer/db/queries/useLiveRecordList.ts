import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { VisibleRange } from '../../ui/VirtualList';
import { liveSortedIds } from './liveSortedIds';
import { useLiveRowsInRange } from './useLiveRowsInRange';

export type LiveRecordList<Row> = {
  ids: string[] | undefined;
  rowsById: Map<string, Row>;
  onVisibleRangeChange: (range: VisibleRange) => void;
};

// The data side of a virtual list of one table: sorted ids, and the rows in view.
export function useLiveRecordList<Row extends { id: string }, Insert>(table: Table<Row, string, Insert>, sortIndex: string, direction: 'asc' | 'desc' = 'asc'): LiveRecordList<Row> {
  const ids = useLiveQuery(() => liveSortedIds(table, sortIndex, direction), [table, sortIndex, direction]);
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: 40 });
  const rowsById = useLiveRowsInRange(table, ids ?? [], range);
  const onVisibleRangeChange = useCallback((next: VisibleRange) => setRange(next), []);
  return { ids, rowsById, onVisibleRangeChange };
}
