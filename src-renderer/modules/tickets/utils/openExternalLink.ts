import { notifications } from '@mantine/notifications';
import { bridge } from '../../../bridge/bridge';

// The bridge checks the URL again (isSafeExternalUrl) before the OS sees it.
export async function openExternalLink(url: string): Promise<void> {
  try {
    const { opened } = await bridge.openExternal({ url });
    if (opened) return;
  } catch {
    // Reported below, like a refusal.
  }
  notifications.show({ color: 'red', title: 'Could not open', message: `No app on this computer opened ${url}.` });
}
