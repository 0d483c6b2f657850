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
    if (parsed.success) for (const listener of listeners) listener(parsed.data);
  }
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
