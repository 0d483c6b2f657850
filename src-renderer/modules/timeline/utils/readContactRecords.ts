import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import type { StageNames } from './dealMilestoneEntries';
import type { MemberNames } from './toTimelineEntry';

// The records about one contact besides its events: few per contact, so each is read in full
// through its contactId index (deals through their derived contactIds set), trash left out.

const live = <Row extends { deleted: 0 | 1 }>(rows: Row[]) => rows.filter((row) => !row.deleted);

export async function readContactNotes(db: OutpostDb, contactId: string): Promise<StoredRecord<'notes'>[]> {
  return live(await db.notes.where('contactId').equals(contactId).toArray());
}

export async function readContactTasks(db: OutpostDb, contactId: string): Promise<StoredRecord<'tasks'>[]> {
  return live(await db.tasks.where('contactId').equals(contactId).toArray());
}

export async function readContactDeals(db: OutpostDb, contactId: string): Promise<StoredRecord<'deals'>[]> {
  return live(await db.deals.where('contactIds').equals(contactId).toArray());
}

export async function readContactTickets(db: OutpostDb, contactId: string): Promise<StoredRecord<'tickets'>[]> {
  return live(await db.tickets.where('contactId').equals(contactId).toArray());
}

// Names of the team members who wrote or were assigned something; removed members stay named,
// since what they did is still theirs.
export async function readMemberNames(db: OutpostDb, ids: Array<string | null>): Promise<MemberNames> {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const members = await db.teamMembers.bulkGet(unique);
  return new Map(members.flatMap((member) => (member ? [[member.id, member.name] as const] : [])));
}

// Names of the stages the deals entered, removed ones too, so an old move still names its stage.
export async function readStageNames(db: OutpostDb, deals: ReadonlyArray<StoredRecord<'deals'>>): Promise<StageNames> {
  const stages = await db.stages.bulkGet([...new Set(deals.flatMap((deal) => deal.stageHistory.map((entry) => entry.stageId)))]);
  return new Map(stages.flatMap((stage) => (stage ? [[stage.id, stage.name] as const] : [])));
}
