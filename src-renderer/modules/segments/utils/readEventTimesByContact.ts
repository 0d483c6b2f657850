import { eachEventTimeNamed } from '../../../db/events/readEvents';
import type { OutpostDb } from '../../../db/OutpostDb';

// Part of one event name's instants grouped by contact, packed to cross from a worker cheaply:
// a contact's instants lie side by side in `times` (`counts` of them each, in contact order)
// and its event ids travel as one JSON text, unpacked only if a new event needs them. So the
// main thread takes two strings per contact instead of two values per event.
export type EventTimesPart = { contactIds: string[]; eventIdsJson: string[]; counts: Int32Array; times: Float64Array };

// About what the main thread takes in well under a frame.
const contactsPerPart = 10_000;

// Reads one name's instants from the events store's facts rows and hands them over by contact.
export async function readEventTimesByContact(db: OutpostDb, name: string, onPart: (part: EventTimesPart) => void): Promise<void> {
  const byContact = new Map<string, { ids: string[]; times: number[] }>();
  await eachEventTimeNamed(db, name, (eventId, contactId, at) => {
    const events = byContact.get(contactId);
    if (events) {
      events.ids.push(eventId);
      events.times.push(at);
    } else byContact.set(contactId, { ids: [eventId], times: [at] });
  });
  const contacts = [...byContact];
  for (let start = 0; start < contacts.length; start += contactsPerPart) {
    const slice = contacts.slice(start, start + contactsPerPart);
    const counts = Int32Array.from(slice, ([, events]) => events.times.length);
    const times = new Float64Array(counts.reduce((total, count) => total + count, 0));
    let at = 0;
    for (const [, events] of slice) {
      times.set(events.times, at);
      at += events.times.length;
    }
    onPart({ contactIds: slice.map(([contactId]) => contactId), eventIdsJson: slice.map(([, events]) => JSON.stringify(events.ids)), counts, times });
  }
}
