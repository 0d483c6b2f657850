import type { PromiseExtended } from 'dexie';
import type { OutpostDb } from '../OutpostDb';
import { eventSummaryId, factsRowPrefix, isEventBatch, isEventFacts, isEventSummary, type EventFactsRow, type EventsTableRow, type StoredEvent } from './eventRows';

// A contact's events, newest first: its batches through the `contactIds` index, so a contact
// with 10,000 events reads about 20 rows.
export async function readContactEvents(db: OutpostDb, contactId: string): Promise<StoredEvent[]> {
  const batches = await db.events.where('contactIds').equals(contactId).toArray();
  const events = batches.flatMap((batch) => (isEventBatch(batch) ? batch.events.filter((event) => event.contactId === contactId) : []));
  return events.sort((a, b) => (a.time === b.time ? compareText(b.id, a.id) : compareText(b.time, a.time)));
}

// The ids of the events of these contacts (to move them in a merge, or purge them). Chained on
// Dexie's promise, so it runs inside a caller's transaction.
export function readContactEventIds(db: OutpostDb, contactIds: readonly string[]): PromiseExtended<string[]> {
  const wanted = new Set(contactIds);
  const ids: string[] = [];
  return db.events
    .where('contactIds')
    .anyOf([...wanted])
    .distinct()
    .each((batch) => {
      if (isEventBatch(batch)) for (const event of batch.events) if (wanted.has(event.contactId)) ids.push(event.id);
    })
    .then(() => ids);
}

// Visits every stored event of one name, batch by batch through the `names` index.
export async function eachEventNamed(db: OutpostDb, name: string, visit: (event: StoredEvent) => void): Promise<void> {
  await db.events
    .where('names')
    .equals(name)
    .each((batch) => {
      if (isEventBatch(batch)) for (const event of batch.events) if (event.name === name) visit(event);
    });
}

// Facts rows a read of one name's instants brings at once: one getAll each, not a cursor's
// round trip per row (2,000 rows for 500,000 events), and few enough to take in one short task.
const factsRowsPerRead = 50;

// Visits the facts rows of one name (the contacts and instants of its events, batch by batch):
// a small fraction of what reading the events costs, for segments over every contact. Each
// read asks for the rows after the last one seen, and is sent before the rows in hand are
// visited.
export async function eachEventFactsRowNamed(db: OutpostDb, name: string, visit: (row: EventFactsRow) => void): Promise<void> {
  const prefix = factsRowPrefix(name);
  const readAfter = (lastId: string | null) =>
    db.events
      .where('id')
      .between(lastId ?? prefix, `${prefix}\uffff`, lastId === null, false)
      .limit(factsRowsPerRead)
      .toArray();
  let rows = await readAfter(null);
  while (rows.length > 0) {
    const last = rows[rows.length - 1] as EventsTableRow;
    const next = rows.length === factsRowsPerRead ? readAfter(last.id) : null;
    for (const row of rows) if (isEventFacts(row) && row.factName === name) visit(row);
    rows = next ? await next : [];
  }
}

// Visits every stored event (for the rare whole-table work: replaying kept fields, backups).
export async function eachStoredEvent(db: OutpostDb, visit: (event: StoredEvent) => void): Promise<void> {
  await db.events.each((row) => {
    if (isEventBatch(row)) row.events.forEach(visit);
  });
}

export type EventNameCount = { name: string; count: number };

// The event names seen with how many events each, by name: one row read, whatever the count.
export async function readEventNameCounts(db: OutpostDb): Promise<EventNameCount[]> {
  const summary = await db.events.get(eventSummaryId);
  const counts = isEventSummary(summary) ? summary.nameCounts : {};
  return Object.entries(counts)
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => compareText(a.name, b.name));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
