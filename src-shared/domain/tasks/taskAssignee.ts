import type { TaskFields } from '../task';

// Whose tasks a view shows: the current agent's, everyone's, nobody's, or one team member's (by id).
export type TaskAssigneeFilter = 'me' | 'all' | 'unassigned' | { memberId: string };

export function matchesTaskAssignee(task: Pick<TaskFields, 'assigneeId'>, filter: TaskAssigneeFilter, meId: string | null): boolean {
  if (filter === 'all') return true;
  if (filter === 'unassigned') return task.assigneeId === null;
  if (filter === 'me') return meId !== null && task.assigneeId === meId;
  return task.assigneeId === filter.memberId;
}
