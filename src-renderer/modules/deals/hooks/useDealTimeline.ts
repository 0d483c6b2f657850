import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { readMemberNames } from '../../timeline/utils/readContactRecords';
import { dealMilestoneEntries } from '../../timeline/utils/dealMilestoneEntries';
import { compareNewestFirst, type TimelineEntry } from '../../timeline/utils/timelineEntry';
import { noteEntry, taskEntry } from '../../timeline/utils/toTimelineEntry';

// A deal's notes, tasks, stage moves and its win or loss, newest first. A deal has tens of these, not
// thousands, so they are read in full through the notes' and tasks' dealId indexes.
export function useDealTimeline(deal: StoredRecord<'deals'>, stageNames: ReadonlyMap<string, string>): TimelineEntry[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [notes, tasks] = await Promise.all([db.notes.where('dealId').equals(deal.id).toArray(), db.tasks.where('dealId').equals(deal.id).toArray()]);
    const live = { notes: notes.filter((note) => !note.deleted), tasks: tasks.filter((task) => !task.deleted) };
    const members = await readMemberNames(db, [...live.notes.map((note) => note.authorId), ...live.tasks.map((task) => task.assigneeId)]);
    const now = new Date();
    return [...live.notes.map((note) => noteEntry(note, members)), ...live.tasks.map((task) => taskEntry(task, members, now)), ...dealMilestoneEntries(deal, stageNames, true)].sort(compareNewestFirst);
  }, [db, deal, stageNames]);
}
