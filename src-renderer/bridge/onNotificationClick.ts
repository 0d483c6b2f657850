import { notificationTargetSchema, type NotificationTarget } from '@shared/ipc/bridgeContract';
import { bridge } from './bridge';

type NotificationClickListener = (target: NotificationTarget) => void;

const listeners = new Set<NotificationClickListener>();
let listening = false;

// One request at a time for the next click, however many listeners there are; what comes
// back is checked against the contract before a listener sees it.
async function listen(): Promise<void> {
  for (;;) {
    const { target } = await bridge.waitForNotificationClick();
    const parsed = notificationTargetSchema.safeParse(target);
    if (parsed.success) dispatchNotificationClick(parsed.data);
  }
}

// What a click on a notification does, also for the in-app notice shown when the system refuses one.
export function dispatchNotificationClick(target: NotificationTarget): void {
  for (const listener of listeners) listener(target);
}

// Calls `listener` with what each notification the user clicks should open (Electron's
// notifications, or the browser's). Returns the function that stops listening.
export function onNotificationClick(listener: NotificationClickListener): () => void {
  listeners.add(listener);
  if (!listening) {
    listening = true;
    listen().catch((error: unknown) => {
      listening = false;
      console.error('Listening for notification clicks failed', error);
    });
  }
  return () => {
    listeners.delete(listener);
  };
}
