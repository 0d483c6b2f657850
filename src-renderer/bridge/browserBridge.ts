import type { OutpostBridge } from '@shared/ipc/bridgeMethods';
import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';

// What each bridge function does when the renderer runs in a plain browser (`npm run web`).
export const browserBridge: OutpostBridge = {
  async getAppInfo() {
    return { name: 'Outpost', version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', platform: navigator.platform, runtime: 'browser' };
  },
  async openExternal({ url }) {
    if (!isSafeExternalUrl(url)) return { opened: false };
    return { opened: window.open(url, '_blank', 'noopener,noreferrer') !== null };
  },
  async showNotification({ title, body }) {
    if (!('Notification' in window)) return { shown: false };
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') return { shown: false };
    new Notification(title, { body });
    return { shown: true };
  },
};
