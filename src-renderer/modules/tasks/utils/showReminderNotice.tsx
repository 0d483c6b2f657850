import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { bridge } from '../../../bridge/bridge';
import { dispatchNotificationClick } from '../../../bridge/onNotificationClick';
import type { ReminderNotice } from './describeReminders';

// A desktop notification through the bridge (Electron's, or the browser's Notification API). When
// the system refuses (permission denied, notifications off), the reminder shows inside the app,
// with a button that opens what a click on the desktop one would.
export async function showReminderNotice(notice: ReminderNotice): Promise<void> {
  const { shown } = await bridge.showNotification(notice).catch(() => ({ shown: false }));
  if (shown) return;
  const id = `reminder-${Date.now()}-${Math.random()}`;
  const open = () => {
    notifications.hide(id);
    dispatchNotificationClick(notice.target);
  };
  notifications.show({
    id,
    title: notice.title,
    message: (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{notice.body}</Text>
        <Button size="compact-sm" variant="light" onClick={open}>
          {notice.target.kind === 'task' ? 'Open task' : 'Open Tasks'}
        </Button>
      </Stack>
    ),
    autoClose: false,
    color: 'orange',
  });
}
