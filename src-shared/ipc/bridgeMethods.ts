import type { BridgeChannel, BridgePayload, BridgeResult } from './bridgeContract';

// The named functions the preload exposes as window.outpost, each bound to one channel.
// Kept free of runtime imports so the sandboxed preload bundle stays tiny.
export const bridgeMethods = {
  getAppInfo: 'app-get-info',
  openExternal: 'shell-open-external',
  showNotification: 'notification-show',
  waitForNotificationClick: 'notification-clicked',
  loadSyncCredentials: 'sync-credentials-load',
  saveSyncCredentials: 'sync-credentials-save',
  saveFile: 'file-save',
  listBackups: 'backup-list',
  writeBackup: 'backup-write',
  readBackup: 'backup-read',
  exportWorkspace: 'workspace-export',
  chooseBackupFolder: 'backup-folder-choose',
  openFile: 'file-open',
  readOpenedFile: 'file-read',
  closeOpenedFile: 'file-close',
  waitForQuit: 'app-quit-requested',
  readyToQuit: 'app-quit-ready',
  startHub: 'hub-start',
  stopHub: 'hub-stop',
  getHubStatus: 'hub-status',
  setHubKeepInTray: 'hub-keep-in-tray',
  inviteToHub: 'hub-invite',
  listHubDevices: 'hub-devices',
  revokeHubDevice: 'hub-revoke',
  pinHubCertificate: 'hub-pin-certificate',
  findNearbyHubs: 'hub-find-nearby',
} as const satisfies Record<string, BridgeChannel>;

type MethodChannel<M extends keyof typeof bridgeMethods> = (typeof bridgeMethods)[M];

export type OutpostBridge = {
  [M in keyof typeof bridgeMethods]: BridgePayload<MethodChannel<M>> extends undefined
    ? () => Promise<BridgeResult<MethodChannel<M>>>
    : (payload: BridgePayload<MethodChannel<M>>) => Promise<BridgeResult<MethodChannel<M>>>;
};

export const bridgeGlobalName = 'outpost';
