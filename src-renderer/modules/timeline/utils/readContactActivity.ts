import type { OutpostDb } from '../../../db/OutpostDb';
import { readContactDeals, readContactNotes, readContactTasks, readContactTickets, readMemberNames } from './readContactRecords';
import type { TimelineEntry } from './timelineEntry';
import { dealEntry, noteEntry, taskEntry, ticketEntry } from './toTimelineEntry';

// Everything on a contact's timeline except its events, which are paged (see readEventPage).
export async function readContactActivity(db: OutpostDb, contactId: string, now: Date): Promise<TimelineEntry[]> {
  const [notes, tasks, deals, tickets] = await Promise.all([
    readContactNotes(db, contactId),
    readContactTasks(db, contactId),
    readContactDeals(db, contactId),
    readContactTickets(db, contactId),
  ]);
  const members = await readMemberNames(db, [...notes.map((note) => note.authorId), ...tasks.map((task) => task.assigneeId), ...tickets.map((ticket) => ticket.assigneeId)]);
  return [
    ...notes.map((note) => noteEntry(note, members)),
    ...tasks.map((task) => taskEntry(task, members, now)),
    ...deals.map(dealEntry),
    ...tickets.map((ticket) => ticketEntry(ticket, members)),
  ];
}
