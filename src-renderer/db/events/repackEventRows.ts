import type { PromiseExtended } from 'dexie';
import { eventStore, type EventsTable } from './eventStore';
import type { StoredEvent } from './eventRows';

const rowsPerStep = 5000;

// Schema version 4's upgrade: the one-row-per-event rows of earlier versions become batches,
// a few thousand at a time so a large event log never sits in memory at once. Chained on
// Dexie's promises, which keep the upgrade transaction alive.
export function repackEventRows(table: EventsTable): PromiseExtended<unknown> {
  const store = eventStore(table);
  return table
    .toCollection()
    .primaryKeys()
    .then((ids) => {
      const step = (start: number): PromiseExtended<unknown> | undefined => {
        if (start >= ids.length) return undefined;
        const keys = ids.slice(start, start + rowsPerStep);
        return table
          .bulkGet(keys)
          .then((rows) => table.bulkDelete(keys).then(() => store.bulkPut(rows.filter(Boolean) as unknown as StoredEvent[])))
          .then(() => step(start + rowsPerStep));
      };
      return step(0);
    });
}
