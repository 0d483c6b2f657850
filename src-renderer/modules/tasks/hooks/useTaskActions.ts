import { useCallback } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useDeleteWithUndo } from '../../feedback/hooks/useDeleteWithUndo';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { setTaskDone } from '../utils/setTaskDone';

type TaskRef = { id: string; title: string };

// Complete, reopen and delete, each with Undo; failures are reported.
export function useTaskActions() {
  const { mutations } = useDatabase();
  const deleteWithUndo = useDeleteWithUndo();

  const toggleDone = useCallback(
    async (task: TaskRef, done: boolean) => {
      try {
        showUndoNotification(await setTaskDone(mutations, task, done, new Date()), mutations);
      } catch (error) {
        showWriteError(error);
      }
    },
    [mutations],
  );

  const deleteTask = useCallback((task: TaskRef) => deleteWithUndo('tasks', [task.id], `Deleted task “${task.title}”`), [deleteWithUndo]);

  return { toggleDone, deleteTask };
}
