import Dexie, { type PromiseExtended, type Table } from 'dexie';
import { eventSummaryId, isEventBatch, isEventSummary, type EventBatchRow, type EventSummaryRow, type EventsTableRow, type StoredEvent } from './eventRows';
import { addNameCounts, factsRowId, packEvents, toBatch, toFactsRows } from './packEvents';

export type EventsTable = Table<EventsTableRow, string>;

// Events by id, as if each were a row: what the mutation layer, sync and purge use, so they need
// not know the packed layout. Call inside a transaction over the `events` table. Every method
// chains Dexie's own promises (no async functions), which keeps the caller's transaction alive.
export type EventStore = {
  get(id: string): PromiseExtended<StoredEvent | undefined>;
  bulkGet(ids: readonly string[]): PromiseExtended<Array<StoredEvent | undefined>>;
  // Replaces events already stored (in their batch) and packs the others into new batches.
  bulkPut(events: readonly StoredEvent[]): PromiseExtended<unknown>;
  // Packs events whose ids were just made into new batches, without looking for their batches:
  // a lookup per id was most of the time of storing a million new events.
  bulkAdd(events: readonly StoredEvent[]): PromiseExtended<unknown>;
  bulkDelete(ids: readonly string[]): PromiseExtended<unknown>;
};

export function eventStore(table: EventsTable): EventStore {
  const bulkGet = (ids: readonly string[]) =>
    batchesHolding(table, ids).then((batches) => {
      const byId = new Map<string, StoredEvent>();
      for (const batch of batches) for (const event of batch.events) byId.set(event.id, event);
      return ids.map((id) => byId.get(id));
    });

  return {
    get: (id) => bulkGet([id]).then(([event]) => event),
    bulkGet,

    bulkPut: (events) =>
      batchesHolding(table, events.map((event) => event.id)).then((batches) => {
        const home = homesOf(batches);
        const counts: Record<string, number> = {};
        const touched = new Set<EventBatchRow>();
        const fresh = new Map<string, StoredEvent>();
        for (const event of events) {
          const batch = home.get(event.id);
          if (batch) {
            const at = batch.eventIds.indexOf(event.id);
            addNameCounts(counts, batch.events[at], event);
            batch.events[at] = event;
            touched.add(batch);
          } else {
            addNameCounts(counts, fresh.get(event.id), event);
            fresh.set(event.id, event);
          }
        }
        const rows = [...[...touched].map((batch) => toBatch(batch.id, batch.events)), ...packEvents([...fresh.values()])];
        return writeBatches(table, rows, [...touched], []).then(() => addToSummary(table, counts));
      }),

    bulkAdd: (events) => {
      const counts: Record<string, number> = {};
      for (const event of events) addNameCounts(counts, undefined, event);
      return writeBatches(table, packEvents(events), [], []).then(() => addToSummary(table, counts));
    },

    bulkDelete: (ids) =>
      batchesHolding(table, ids).then((batches) => {
        const gone = new Set(ids);
        const counts: Record<string, number> = {};
        const emptied: string[] = [];
        const kept: EventBatchRow[] = [];
        for (const batch of batches) {
          const events = batch.events.filter((event) => {
            if (!gone.has(event.id)) return true;
            addNameCounts(counts, event, undefined);
            return false;
          });
          if (events.length === 0) emptied.push(batch.id);
          else kept.push(toBatch(batch.id, events));
        }
        return writeBatches(table, kept, batches, emptied).then(() => addToSummary(table, counts));
      }),
  };
}

// Puts batch rows with their facts rows, and removes emptied batches and the facts rows of
// names a rewritten batch no longer holds (`previous` are the batches as read, old names).
function writeBatches(table: EventsTable, rows: EventBatchRow[], previous: EventBatchRow[], emptied: string[]): PromiseExtended<unknown> {
  const facts = rows.flatMap(toFactsRows);
  const written = new Set(facts.map((row) => row.id));
  const stale = previous.flatMap((batch) => batch.names.map((name) => factsRowId(name, batch.id))).filter((id) => !written.has(id));
  return table.bulkDelete([...emptied, ...stale]).then(() => table.bulkPut([...rows, ...facts]));
}

function batchesHolding(table: EventsTable, ids: readonly string[]): PromiseExtended<EventBatchRow[]> {
  // One keys-only lookup per id, all sent at once: IndexedDB answers them in a row, where
  // anyOf's cursor waits for a round trip per id it steps to (and, reading values, brought a
  // whole batch of 500 events across each time), which made writes with given ids crawl.
  return Dexie.Promise.all(ids.map((id) => table.where('eventIds').equals(id).primaryKeys()))
    .then((found) => {
      const keys = [...new Set(found.flat())];
      return keys.length === 0 ? [] : table.bulkGet(keys);
    })
    .then((rows) => rows.filter(isEventBatch));
}

function homesOf(batches: EventBatchRow[]): Map<string, EventBatchRow> {
  const home = new Map<string, EventBatchRow>();
  for (const batch of batches) for (const id of batch.eventIds) home.set(id, batch);
  return home;
}

function addToSummary(table: EventsTable, counts: Record<string, number>): PromiseExtended<unknown> | undefined {
  const changed = Object.entries(counts).filter(([, delta]) => delta !== 0);
  if (changed.length === 0) return undefined;
  return table.get(eventSummaryId).then((summary) => {
    const nameCounts = { ...(isEventSummary(summary) ? summary.nameCounts : {}) };
    for (const [name, delta] of changed) {
      const count = (nameCounts[name] ?? 0) + delta;
      if (count > 0) nameCounts[name] = count;
      else delete nameCounts[name];
    }
    const row: EventSummaryRow = { id: eventSummaryId, nameCounts };
    return table.put(row);
  });
}
