import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';

// Completes a task at `now` (or reopens it, clearing the completion time) as one undoable write.
export function setTaskDone(mutations: MutationLayer, task: { id: string; title: string }, done: boolean, now: Date): Promise<UndoEntry> {
  const label = done ? `Completed “${task.title}”` : `Reopened “${task.title}”`;
  return mutations.patchMany('tasks', [{ id: task.id, fields: { completedAt: done ? now.toISOString() : null } }], label);
}
