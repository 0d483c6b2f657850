import { useEffect } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';
import { showReminderNotice } from '../utils/showReminderNotice';
import { startTaskReminders } from '../utils/startTaskReminders';

// Mounted once in the app shell: desktop reminders of the current agent's tasks.
export function useTaskReminders(): void {
  const { db } = useDatabase();
  const me = useCurrentMember();
  // undefined while the profile loads: start only once we know whose reminders these are.
  const memberId = me === undefined ? undefined : (me?.id ?? null);
  useEffect(() => {
    if (memberId === undefined) return;
    return startTaskReminders(db, { memberId, notify: showReminderNotice });
  }, [db, memberId]);
}
