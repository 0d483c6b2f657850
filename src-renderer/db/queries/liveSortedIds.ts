import Dexie, { type Table } from 'dexie';

// Ids of the records that are not deleted, in the order of a `[deleted+<sort>]` index. Only keys
// are read, never the rows, so 100,000 records stay cheap to list.
export function liveSortedIds<Row, Insert>(table: Table<Row, string, Insert>, sortIndex: string, direction: 'asc' | 'desc' = 'asc'): Promise<string[]> {
  const collection = table.where(`[deleted+${sortIndex}]`).between([0, Dexie.minKey], [0, Dexie.maxKey]);
  return (direction === 'desc' ? collection.reverse() : collection).primaryKeys();
}
