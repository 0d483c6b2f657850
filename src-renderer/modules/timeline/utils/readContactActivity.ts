import type { OutpostDb } from '../../../db/OutpostDb';
import { dealMilestoneEntries } from './dealMilestoneEntries';
import { readContactDeals, readContactNotes, readContactTasks, readContactTickets, readMemberNames, readStageNames } from './readContactRecords';
import type { TimelineEntry } from './timelineEntry';
import { dealEntry, noteEntry, taskEntry, ticketEntry } from './toTimelineEntry';

// Everything on a contact's timeline except its events, which are paged (see readEventPage); a
// deal brings its stage moves and its win or loss.
export async function readContactActivity(db: OutpostDb, contactId: string, now: Date): Promise<TimelineEntry[]> {
  const [notes, tasks, deals, tickets] = await Promise.all([
    readContactNotes(db, contactId),
    readContactTasks(db, contactId),
    readContactDeals(db, contactId),
    readContactTickets(db, contactId),
  ]);
  const [members, stageNames] = await Promise.all([
    readMemberNames(db, [...notes.map((note) => note.authorId), ...tasks.map((task) => task.assigneeId), ...tickets.map((ticket) => ticket.assigneeId)]),
    readStageNames(db, deals),
  ]);
  return [
    ...notes.map((note) => noteEntry(note, members)),
    ...tasks.map((task) => taskEntry(task, members, now)),
    ...deals.flatMap((deal) => [dealEntry(deal), ...dealMilestoneEntries(deal, stageNames, false)]),
    ...tickets.map((ticket) => ticketEntry(ticket, members)),
  ];
}
