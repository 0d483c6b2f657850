import type { StoredRecord } from '../rowTypes';
import type { PackedTexts } from './packedTexts';

export type StoredEvent = StoredRecord<'events'>;

// The `events` table packs events into batch rows: IndexedDB pays per row, so 500 events in one
// row store about three times faster than 500 rows (docs/ARCHITECTURE.md, "Events"). The
// multiEntry indexes find a contact's batches, a name's batches and the batch holding an id.
export type EventBatchRow = { id: string; contactIds: string[]; names: string[]; eventIds: string[]; events: StoredEvent[] };

// One row beside the batches counts the stored events per name, kept in the same transaction as
// every batch write, so Settings > Events and the builder's names never read the events.
export type EventSummaryRow = { id: typeof eventSummaryId; nameCounts: Record<string, number> };

// Per batch and name, the instants (ms) of that name's events by contact: what a segment over
// every contact asks of a name, without reading whole events. Each contact once, in
// `factContactIds`, with `factCounts` of its instants side by side in `factTimes`. Ids packed in
// one text and numbers in typed arrays, which IndexedDB reads as a few values instead of
// hundreds (see PackedTexts); no event ids, which would double what a read brings. Derived from
// the batch, so backups leave them out. Keyed `facts|<name>|<batch>` so one name's rows are a
// primary-key range.
export type EventFactsRow = { id: string; factName: string; factContactIds: PackedTexts; factCounts: Int32Array; factTimes: Float64Array };

export type EventsTableRow = EventBatchRow | EventSummaryRow | EventFactsRow;

export const eventSummaryId = 'summary';
export const eventsPerBatch = 500;

export const factsIdPrefix = 'facts|';

export function factsRowPrefix(name: string): string {
  return `${factsIdPrefix}${name}|`;
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
