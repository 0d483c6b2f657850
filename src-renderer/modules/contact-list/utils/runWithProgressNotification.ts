import { notifications } from '@mantine/notifications';

// Long work reports its progress in one notification that updates in place.
export async function runWithProgressNotification<R>(title: string, work: (onProgress: (done: number, total: number) => void) => Promise<R>): Promise<R> {
  const id = `progress-${Date.now()}`;
  notifications.show({ id, title, message: 'Starting…', loading: true, autoClose: false, withCloseButton: false });
  try {
    const result = await work((done, total) => notifications.update({ id, title, message: `${done.toLocaleString()} of ${total.toLocaleString()}`, loading: true, autoClose: false }));
    notifications.hide(id);
    return result;
  } catch (error) {
    notifications.hide(id);
    throw error;
  }
}
