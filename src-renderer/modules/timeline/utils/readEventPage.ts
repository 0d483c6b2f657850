import Dexie from 'dexie';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

export const firstEventPageSize = 100;

export type EventFilter = { name?: string | null; since?: string | null };
export type EventPage = { events: StoredRecord<'events'>[]; hasMore: boolean };

// The `limit` newest events of a contact, read backwards along the [contactId+time] index, so
// the first page costs the same for a contact with 10 events as for one with 10,000. One row
// past the limit tells whether older events remain. Events are append-only (never deleted),
// so there is no deleted flag to skip.
export async function readEventPage(db: OutpostDb, contactId: string, limit: number, filter: EventFilter = {}): Promise<EventPage> {
  const { name, since } = filter;
  let collection = db.events
    .where('[contactId+time]')
    .between([contactId, since ?? Dexie.minKey], [contactId, Dexie.maxKey], true, true)
    .reverse();
  if (name) collection = collection.filter((event) => event.name === name);
  const rows = await collection.limit(limit + 1).toArray();
  return { events: rows.slice(0, limit), hasMore: rows.length > limit };
}

// The page is one live query from the newest event down, so events arriving now still show on
// top; each "load more" re-reads it with a larger limit. Doubling keeps a scroll through n
// events at about 2n rows read, where a fixed step would read n²/step.
export function nextEventLimit(limit: number): number {
  return limit * 2;
}

// The event names a contact has triggered, for the events filter. It reads every event of the
// contact, so only the Events tab asks for it, never the first paint of the profile.
export async function readEventNames(db: OutpostDb, contactId: string): Promise<string[]> {
  const names = new Set<string>();
  await db.events
    .where('[contactId+time]')
    .between([contactId, Dexie.minKey], [contactId, Dexie.maxKey])
    .each((event) => names.add(event.name));
  return [...names].sort((a, b) => a.localeCompare(b));
}
