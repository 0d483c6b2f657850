import { notifications } from '@mantine/notifications';
import { bridge } from '../../../bridge/bridge';
import type { ReminderNotice } from './describeReminders';

// A desktop notification through the bridge (Electron's, or the browser's Notification API). When
// the system refuses (permission denied, notifications off), the reminder shows inside the app.
export async function showReminderNotice(notice: ReminderNotice): Promise<void> {
  const { shown } = await bridge.showNotification(notice).catch(() => ({ shown: false }));
  if (!shown) notifications.show({ title: notice.title, message: notice.body, autoClose: false, color: 'orange' });
}
