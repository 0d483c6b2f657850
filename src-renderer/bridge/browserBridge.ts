import { exportFormats, syncCredentialsSchema, type NotificationTarget } from '@shared/ipc/bridgeContract';
import { createEventQueue } from '@shared/ipc/createEventQueue';
import type { OutpostBridge } from '@shared/ipc/bridgeMethods';
import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';
import { browserHubBridge } from './browserHubBridge';
import { listBrowserBackups, readBrowserBackup, writeBrowserBackup } from './browserBackupFolder';
import { closeBrowserFile, pickBrowserFile, readBrowserFile } from './pickBrowserFile';

// The browser has no keychain: the sync token sits in this origin's localStorage, readable by
// any script that runs on it. Settings > Sync says so.
const credentialsKey = 'outpost.syncCredentials';

const notificationClicks = createEventQueue<NotificationTarget>();

function readCredentials() {
  try {
    const parsed = syncCredentialsSchema.safeParse(JSON.parse(localStorage.getItem(credentialsKey) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// What each bridge function does when the renderer runs in a plain browser (`npm run web`).
export const browserBridge: OutpostBridge = {
  async getAppInfo() {
    return { name: 'Outpost', version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', platform: navigator.platform, runtime: 'browser' };
  },
  async openExternal({ url }) {
    if (!isSafeExternalUrl(url)) return { opened: false };
    return { opened: window.open(url, '_blank', 'noopener,noreferrer') !== null };
  },
  async showNotification({ title, body, target = null }) {
    if (!('Notification' in window)) return { shown: false };
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') return { shown: false };
    const notification = new Notification(title, { body });
    notification.onclick = () => {
      window.focus();
      notification.close();
      if (target) notificationClicks.push(target);
    };
    return { shown: true };
  },
  waitForNotificationClick() {
    return notificationClicks.next().then((target) => ({ target }));
  },
  async loadSyncCredentials() {
    return { credentials: readCredentials(), secure: false };
  },
  async saveSyncCredentials({ credentials }) {
    if (credentials) localStorage.setItem(credentialsKey, JSON.stringify(syncCredentialsSchema.parse(credentials)));
    else localStorage.removeItem(credentialsKey);
    return { credentials, secure: false };
  },
  async saveFile({ suggestedName, format, content }) {
    download(new Blob([content], { type: `${exportFormats[format]};charset=utf-8` }), suggestedName);
    return { saved: true };
  },
  async listBackups() {
    return { folder: null, backups: await listBrowserBackups() };
  },
  async writeBackup(backup) {
    return { deleted: await writeBrowserBackup(backup) };
  },
  async readBackup({ name }) {
    return { data: await readBrowserBackup(name) };
  },
  // The origin-private file system has no folders to choose from.
  async chooseBackupFolder() {
    return { folder: null };
  },
  async exportWorkspace({ suggestedName, data }) {
    download(new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }), suggestedName);
    return { saved: true };
  },
  openFile: pickBrowserFile,
  readOpenedFile: readBrowserFile,
  closeOpenedFile: closeBrowserFile,
  // A page cannot hold its own closing: the browser backs up when the page is hidden instead.
  waitForQuit() {
    return new Promise<never>(() => undefined);
  },
  async readyToQuit() {
    return { quitting: false };
  },
  ...browserHubBridge,
};
