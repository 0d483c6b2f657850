import type { StoredRecord } from '../rowTypes';

export type StoredEvent = StoredRecord<'events'>;

// The `events` table packs events into batch rows: IndexedDB pays per row, so 500 events in one
// row store about three times faster than 500 rows (docs/ARCHITECTURE.md, "Events"). The
// multiEntry indexes find a contact's batches, a name's batches and the batch holding an id.
export type EventBatchRow = { id: string; contactIds: string[]; names: string[]; eventIds: string[]; events: StoredEvent[] };

// One row beside the batches counts the stored events per name, kept in the same transaction as
// every batch write, so Settings > Events and the builder's names never read the events.
export type EventSummaryRow = { id: typeof eventSummaryId; nameCounts: Record<string, number> };

export type EventsTableRow = EventBatchRow | EventSummaryRow;

export const eventSummaryId = 'summary';
export const eventsPerBatch = 500;

export function isEventBatch(row: EventsTableRow | undefined): row is EventBatchRow {
  return row !== undefined && 'events' in row;
}
