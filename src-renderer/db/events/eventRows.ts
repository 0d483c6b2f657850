import type { StoredRecord } from '../rowTypes';

export type StoredEvent = StoredRecord<'events'>;

// The `events` table packs events into batch rows: IndexedDB pays per row, so 500 events in one
// row store about three times faster than 500 rows (docs/ARCHITECTURE.md, "Events"). The
// multiEntry indexes find a contact's batches, a name's batches and the batch holding an id.
export type EventBatchRow = { id: string; contactIds: string[]; names: string[]; eventIds: string[]; events: StoredEvent[] };

// One row beside the batches counts the stored events per name, kept in the same transaction as
// every batch write, so Settings > Events and the builder's names never read the events.
export type EventSummaryRow = { id: typeof eventSummaryId; nameCounts: Record<string, number> };

// Per batch and name, the ids, contacts and instants (ms) of that name's events: what a segment
// over every contact asks of a name, without reading whole events. Keyed `facts|<name>|<batch>`
// so one name's rows are a primary-key range.
export type EventFactsRow = { id: string; factName: string; factEventIds: string[]; factContactIds: string[]; factTimes: number[] };

export type EventsTableRow = EventBatchRow | EventSummaryRow | EventFactsRow;

export const eventSummaryId = 'summary';
export const eventsPerBatch = 500;

export function factsRowPrefix(name: string): string {
  return `facts|${name}|`;
}

export function isEventFacts(row: EventsTableRow | undefined): row is EventFactsRow {
  return row !== undefined && 'factName' in row;
}

export function isEventSummary(row: EventsTableRow | undefined): row is EventSummaryRow {
  return row !== undefined && 'nameCounts' in row;
}

export function isEventBatch(row: EventsTableRow | undefined): row is EventBatchRow {
  return row !== undefined && 'events' in row;
}
