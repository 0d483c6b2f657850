import { readContactEvents } from '../../../db/events/readEvents';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

export const firstEventPageSize = 100;

export type EventFilter = { name?: string | null; since?: string | null };
export type EventPage = { events: StoredRecord<'events'>[]; hasMore: boolean };

// The `limit` newest events of a contact matching the filter, and whether older ones remain.
// The contact's events come packed a few hundred to a row (db/events), so even 10,000 of them
// are a handful of rows. Events are append-only (never deleted): no deleted flag to skip.
export async function readEventPage(db: OutpostDb, contactId: string, limit: number, filter: EventFilter = {}): Promise<EventPage> {
  const { name, since } = filter;
  const events = (await readContactEvents(db, contactId)).filter((event) => (!name || event.name === name) && (!since || event.time >= since));
  return { events: events.slice(0, limit), hasMore: events.length > limit };
}

// The page is one live query from the newest event down, so events arriving now still show on
// top; each "load more" re-reads it with a larger limit. Doubling keeps a scroll through n
// events at about 2n rows read, where a fixed step would read n²/step.
export function nextEventLimit(limit: number): number {
  return limit * 2;
}

// The event names a contact has triggered, for the events filter; only the Events tab asks for
// it, never the first paint of the profile.
export async function readEventNames(db: OutpostDb, contactId: string): Promise<string[]> {
  const names = new Set((await readContactEvents(db, contactId)).map((event) => event.name));
  return [...names].sort((a, b) => a.localeCompare(b));
}
