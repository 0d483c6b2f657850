import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { matchesTaskAssignee, type TaskAssigneeFilter } from '@shared/domain/tasks/taskAssignee';
import { useDatabase } from '../../../db/DatabaseProvider';
import { groupTasksByView, type TasksByView } from '../utils/groupTasksByView';
import { userTimeZone } from '../utils/userTimeZone';

// The live tasks of the chosen assignee, split into the four views; undefined while loading.
// An agent's tasks number in the thousands, not the contacts' hundred thousand, so they are
// grouped in memory; the [deleted+updatedAt] index skips the trash (undated tasks have no
// [deleted+dueAt] key, so that index would miss them).
export function useTasksByView(assignee: TaskAssigneeFilter, meId: string | null, now: Date): TasksByView | undefined {
  const { db } = useDatabase();
  const live = useLiveQuery(() => db.tasks.where('[deleted+updatedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray(), [db]);
  return useMemo(
    () => live && groupTasksByView(live.filter((task) => matchesTaskAssignee(task, assignee, meId)), now, userTimeZone()),
    [live, assignee, meId, now],
  );
}
