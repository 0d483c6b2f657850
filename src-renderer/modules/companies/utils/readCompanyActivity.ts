import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { dealMilestoneEntries, type StageNames } from '../../timeline/utils/dealMilestoneEntries';
import { readMemberNames, readStageNames } from '../../timeline/utils/readContactRecords';
import { compareNewestFirst, type TimelineEntry } from '../../timeline/utils/timelineEntry';
import { dealEntry, noteEntry, taskEntry, ticketEntry, type MemberNames } from '../../timeline/utils/toTimelineEntry';

export type CompanyRecords = {
  notes: StoredRecord<'notes'>[];
  tasks: StoredRecord<'tasks'>[];
  deals: StoredRecord<'deals'>[];
  tickets: StoredRecord<'tickets'>[];
  members: MemberNames;
  stageNames: StageNames;
};

const live = <Row extends { deleted: 0 | 1 }>(rows: Row[]) => rows.filter((row) => !row.deleted);

// What is recorded about a company, each through its companyId index, trash left out, with the
// names of the team members it mentions.
export async function readCompanyRecords(db: OutpostDb, companyId: string): Promise<CompanyRecords> {
  const [notes, tasks, deals, tickets] = await Promise.all([
    db.notes.where('companyId').equals(companyId).toArray(),
    db.tasks.where('companyId').equals(companyId).toArray(),
    db.deals.where('companyId').equals(companyId).toArray(),
    db.tickets.where('companyId').equals(companyId).toArray(),
  ]);
  const records = { notes: live(notes), tasks: live(tasks), deals: live(deals), tickets: live(tickets) };
  const [members, stageNames] = await Promise.all([
    readMemberNames(db, [
      ...records.notes.map((note) => note.authorId),
      ...records.tasks.map((task) => task.assigneeId),
      ...records.deals.map((deal) => deal.ownerId),
      ...records.tickets.map((ticket) => ticket.assigneeId),
    ]),
    readStageNames(db, records.deals),
  ]);
  return { ...records, members, stageNames };
}

// The company's timeline, newest first: its notes, tasks, deals with their stage moves and
// outcome, and tickets.
export function companyTimeline({ notes, tasks, deals, tickets, members, stageNames }: CompanyRecords, now: Date): TimelineEntry[] {
  return [
    ...notes.map((note) => noteEntry(note, members)),
    ...tasks.map((task) => taskEntry(task, members, now)),
    ...deals.flatMap((deal) => [dealEntry(deal), ...dealMilestoneEntries(deal, stageNames, false)]),
    ...tickets.map((ticket) => ticketEntry(ticket, members)),
  ].sort(compareNewestFirst);
}
