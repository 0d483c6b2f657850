import { useLiveQuery } from 'dexie-react-hooks';
import { compareTasksInView } from '@shared/domain/tasks/taskView';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type TaskLinkField = 'contactId' | 'companyId' | 'dealId';

const openFirst = compareTasksInView('upcoming');
const doneLatestFirst = compareTasksInView('done');

// The live tasks of one contact, company or deal (through its index): open ones soonest due
// first, then done ones latest first; undefined while loading.
export function useLinkedTasks(field: TaskLinkField, id: string): StoredRecord<'tasks'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const tasks = (await db.tasks.where(field).equals(id).toArray()).filter((task) => !task.deleted);
    const open = tasks.filter((task) => task.completedAt === null).sort(openFirst);
    const done = tasks.filter((task) => task.completedAt !== null).sort(doneLatestFirst);
    return [...open, ...done];
  }, [db, field, id]);
}
