import type { BridgeHandlers, NotificationTarget, SaveFilePayload, WorkspaceExportPayload } from '@shared/ipc/bridgeContract';
import { createEventQueue } from '@shared/ipc/createEventQueue';
import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';
import type { BackupFolder } from './backupFolder';
import type { BackupFolderLocation } from './backupFolderLocation';
import type { OpenedFiles } from './openedFiles';
import type { FileOpener } from './openFileWithDialog';
import type { QuitCoordinator } from './quitCoordinator';
import { createHubBridgeHandlers, type HubBridgeDeps } from './hubBridgeHandlers';
import type { SyncCredentialStore } from './syncCredentialStore';

// What the handlers need from Electron, passed in so they run under vitest with fakes.
export interface BridgeHandlerDeps {
  readonly app: { getName(): string; getVersion(): string };
  readonly platform: string;
  readonly openExternal: (url: string) => Promise<void>;
  // `onClick` runs when the user clicks the notification.
  readonly notifications: { isSupported(): boolean; show(title: string, body: string, onClick: () => void): void };
  // Brings the window to the front (restored if minimized).
  readonly focusWindow: () => void;
  readonly syncCredentials: SyncCredentialStore;
  // Asks where to save (native dialog) and writes the file; false when the user cancels.
  readonly saveFile: (file: SaveFilePayload) => Promise<boolean>;
  readonly backups: BackupFolder;
  readonly backupLocation: Pick<BackupFolderLocation, 'choose'>;
  readonly saveWorkspace: (file: WorkspaceExportPayload) => Promise<boolean>;
  // Asks which file to open (native dialog) and keeps it open in openedFiles, to be read in ranges.
  readonly openFile: FileOpener;
  readonly openedFiles: Pick<OpenedFiles, 'read' | 'close'>;
  readonly quit: QuitCoordinator;
  readonly hub: HubBridgeDeps;
}

export function createBridgeHandlers(deps: BridgeHandlerDeps): BridgeHandlers {
  const clicks = createEventQueue<NotificationTarget>();
  return {
    'app-get-info': () =>
      Promise.resolve({
        name: deps.app.getName(),
        version: deps.app.getVersion(),
        platform: deps.platform,
        runtime: 'electron',
      }),

    'shell-open-external': async ({ url }) => {
      if (!isSafeExternalUrl(url)) return { opened: false };
      try {
        await deps.openExternal(url);
        return { opened: true };
      } catch {
        // No handler for the scheme on this machine, or the OS refused.
        return { opened: false };
      }
    },

    'notification-show': ({ title, body, target }) => {
      if (!deps.notifications.isSupported()) return Promise.resolve({ shown: false });
      deps.notifications.show(title, body, () => {
        deps.focusWindow();
        if (target) clicks.push(target);
      });
      return Promise.resolve({ shown: true });
    },

    'notification-clicked': async () => ({ target: await clicks.next() }),

    'sync-credentials-load': () => deps.syncCredentials.load(),

    'sync-credentials-save': ({ credentials }) => deps.syncCredentials.save(credentials),

    'file-save': async (file) => ({ saved: await deps.saveFile(file) }),

    'backup-list': async () => ({ folder: deps.backups.folder(), backups: await deps.backups.list() }),

    'backup-write': async (backup) => ({ deleted: await deps.backups.write(backup) }),

    'backup-read': async ({ name }) => ({ data: await deps.backups.read(name) }),

    'workspace-export': async (file) => ({ saved: await deps.saveWorkspace(file) }),

    'backup-folder-choose': async () => ({ folder: await deps.backupLocation.choose() }),

    'file-open': (request) => deps.openFile(request),

    'file-read': (request) => deps.openedFiles.read(request),

    'file-close': async ({ handle }) => ({ closed: await deps.openedFiles.close(handle) }),

    'app-quit-requested': () => deps.quit.requested(),

    'app-quit-ready': () => Promise.resolve(deps.quit.ready()),

    ...createHubBridgeHandlers(deps.hub),
  };
}
