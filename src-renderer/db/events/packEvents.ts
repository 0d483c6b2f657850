import { newId } from '@shared/ids';
import { eventsPerBatch, factsRowPrefix, type EventBatchRow, type EventFactsRow, type StoredEvent } from './eventRows';

// New batch rows for events not stored yet. Sorted by contact first, so one contact's events
// share as few batches as possible and its Events tab reads little besides its own.
export function packEvents(events: readonly StoredEvent[]): EventBatchRow[] {
  const sorted = [...events].sort((a, b) => (a.contactId < b.contactId ? -1 : a.contactId > b.contactId ? 1 : a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const batches: EventBatchRow[] = [];
  for (let start = 0; start < sorted.length; start += eventsPerBatch) batches.push(toBatch(newId(), sorted.slice(start, start + eventsPerBatch)));
  return batches;
}

// A batch row with its index fields computed from the events it holds.
export function toBatch(id: string, events: StoredEvent[]): EventBatchRow {
  return {
    id,
    contactIds: [...new Set(events.map((event) => event.contactId))],
    names: [...new Set(events.map((event) => event.name))],
    eventIds: events.map((event) => event.id),
    events,
  };
}

// The facts rows of a batch, one per name it holds (deleted events left out).
export function toFactsRows(batch: EventBatchRow): EventFactsRow[] {
  const byName = new Map<string, StoredEvent[]>();
  for (const event of batch.events) {
    if (event.deleted) continue;
    const named = byName.get(event.name);
    if (named) named.push(event);
    else byName.set(event.name, [event]);
  }
  return [...byName].map(([name, events]) => ({
    id: factsRowId(name, batch.id),
    factName: name,
    factEventIds: events.map((event) => event.id),
    factContactIds: events.map((event) => event.contactId),
    factTimes: events.map((event) => Date.parse(event.time)),
  }));
}

export function factsRowId(name: string, batchId: string): string {
  return `${factsRowPrefix(name)}${batchId}`;
}

// How stored counts per name change when `before` events become `after` (undefined: none).
export function addNameCounts(counts: Record<string, number>, before: StoredEvent | undefined, after: StoredEvent | undefined): void {
  if (before && !before.deleted) counts[before.name] = (counts[before.name] ?? 0) - 1;
  if (after && !after.deleted) counts[after.name] = (counts[after.name] ?? 0) + 1;
}
