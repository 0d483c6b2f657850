import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { onNotificationClick } from '../../../bridge/onNotificationClick';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { useTaskFormStore } from '../states/taskFormStore';
import { useTaskViewStore } from '../states/taskViewStore';
import { openNotificationTarget } from '../utils/openNotificationTarget';
import { showReminderNotice } from '../utils/showReminderNotice';
import { startTaskReminders } from '../utils/startTaskReminders';

// Mounted once in the app shell: desktop reminders of the current agent's tasks, and a click on
// one opening its task.
export function useTaskReminders(): void {
  const { db } = useDatabase();
  const navigate = useNavigate();
  const me = useCurrentMember();
  // undefined while the profile loads: start only once we know whose reminders these are.
  const memberId = me === undefined ? undefined : (me?.id ?? null);
  useEffect(() => {
    if (memberId === undefined) return;
    return startTaskReminders(db, { memberId, notify: showReminderNotice });
  }, [db, memberId]);
  useEffect(
    () =>
      onNotificationClick((target) =>
        openNotificationTarget(target, { navigate: (path) => void navigate(path), openTask: useTaskFormStore.getState().openEdit, showView: useTaskViewStore.getState().setView }),
      ),
    [navigate],
  );
}
