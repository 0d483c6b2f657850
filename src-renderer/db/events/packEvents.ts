import { newId } from '@shared/ids';
import { eventsPerBatch, factsRowPrefix, isEventBatch, isEventFacts, type EventBatchRow, type EventFactsRow, type EventsTableRow, type StoredEvent } from './eventRows';
import { packTexts } from './packedTexts';

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
  return [...byName].map(([name, events]) =>
    toFactsRow(
      factsRowId(name, batch.id),
      name,
      events.map((event) => event.contactId),
      events.map((event) => Date.parse(event.time)),
    ),
  );
}

// A facts row of the events given by contact and instant, side by side: each contact once.
export function toFactsRow(id: string, name: string, contactIds: readonly string[], times: readonly number[]): EventFactsRow {
  const byContact = new Map<string, number[]>();
  contactIds.forEach((contactId, index) => {
    const at = times[index] as number;
    const instants = byContact.get(contactId);
    if (instants) instants.push(at);
    else byContact.set(contactId, [at]);
  });
  return {
    id,
    factName: name,
    factContactIds: packTexts([...byContact.keys()]),
    factCounts: Int32Array.from(byContact.values(), (instants) => instants.length),
    factTimes: Float64Array.from([...byContact.values()].flat()),
  };
}

// Rows of the events table as a restore writes them: backups leave the facts rows out, so each
// batch gets its facts rows again (and a file's own facts rows are made anew in today's form).
export function withFactsRows(rows: readonly EventsTableRow[]): EventsTableRow[] {
  return rows.flatMap((row): EventsTableRow[] => (isEventBatch(row) ? [row, ...toFactsRows(row)] : isEventFacts(row) ? [] : [row]));
}

export function factsRowId(name: string, batchId: string): string {
  return `${factsRowPrefix(name)}${batchId}`;
}

// How stored counts per name change when `before` events become `after` (undefined: none).
export function addNameCounts(counts: Record<string, number>, before: StoredEvent | undefined, after: StoredEvent | undefined): void {
  if (before && !before.deleted) counts[before.name] = (counts[before.name] ?? 0) - 1;
  if (after && !after.deleted) counts[after.name] = (counts[after.name] ?? 0) + 1;
}
