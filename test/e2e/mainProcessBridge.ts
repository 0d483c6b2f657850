import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { bridgeGlobalName, bridgeMethods } from '@shared/ipc/bridgeMethods';
import { createHubConfigFile } from '../../src-main/hub/hubConfigFile';
import { HubHost } from '../../src-main/hub/hubHost';
import { HubPins, pinStoredHubCertificates } from '../../src-main/hub/hubPins';
import { createBackupFolder } from '../../src-main/ipc/backupFolder';
import { createBridgeHandlers } from '../../src-main/ipc/bridgeHandlers';
import { createOpenedFiles } from '../../src-main/ipc/openedFiles';
import { createQuitCoordinator } from '../../src-main/ipc/quitCoordinator';
import { registerBridgeHandlers, type InvokeEventLike } from '../../src-main/ipc/registerBridgeHandlers';
import { createSyncCredentialStore } from '../../src-main/ipc/syncCredentialStore';
import { forkHubLikeElectron } from '../helpers/forkHubLikeElectron';

// The desktop app's main process, played in the Playwright test process: the real bridge
// handlers and contract checks, with Electron's pieces (dialogs, keychain, utilityProcess) replaced.

const ipcBinding = 'outpostTestIpcInvoke';

// The OS keychain, played by a reversible encoding: what matters here is the store's own logic.
const testSafeStorage = {
  isEncryptionAvailable: () => true,
  encryptString: (text: string) => Buffer.from(text, 'utf8').reverse(),
  decryptString: (data: Buffer) => Buffer.from(data).reverse().toString('utf8'),
};

// Main's handlers for one app, keeping its data (hub database, certificate, backups) in userData.
export function createTestMain(userData: string) {
  let credentialsFile: Buffer | null = null;
  const hubPins = new HubPins();
  const hubHost = new HubHost(forkHubLikeElectron);
  const handlers = createBridgeHandlers({
    app: { getName: () => 'Outpost', getVersion: () => '0.0.0-e2e' },
    platform: process.platform,
    openExternal: () => Promise.reject(new Error('No browser to open links in during the test')),
    notifications: { isSupported: () => false, show: () => undefined },
    focusWindow: () => undefined,
    syncCredentials: pinStoredHubCertificates(
      createSyncCredentialStore(testSafeStorage, {
        read: () => Promise.resolve(credentialsFile),
        write: (data) => {
          credentialsFile = data;
          return Promise.resolve();
        },
      }),
      hubPins,
    ),
    saveFile: () => Promise.resolve(false),
    backups: createBackupFolder(() => join(userData, 'backups')),
    backupLocation: { choose: () => Promise.resolve(null) },
    saveWorkspace: () => Promise.resolve(false),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    openedFiles: createOpenedFiles(),
    quit: createQuitCoordinator(),
    hub: {
      host: hubHost,
      pins: hubPins,
      findNearby: () => Promise.resolve([]),
      dataDir: join(userData, 'hub'),
      config: createHubConfigFile(join(userData, 'hub-hosting.json')),
    },
  });
  const channels = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>();
  // Every call is checked against the bridge contract, as ipcMain's are; only the test's own
  // page reaches the binding, so every sender is trusted.
  registerBridgeHandlers({ handle: (channel, listener) => void channels.set(channel, listener) }, handlers, () => true);
  return {
    hubHost,
    invoke(channel: string, args: unknown[]): Promise<unknown> {
      const listener = channels.get(channel);
      if (!listener) return Promise.reject(new Error(`No handler for ${channel}`));
      return listener({ senderFrame: null }, ...args);
    },
  };
}

export type TestMain = ReturnType<typeof createTestMain>;

// What the preload does in Electron: window.outpost, one function per bridge method, each
// invoking only its own channel with at most one argument; here the invoke crosses to the test.
export async function exposeMainBridge(context: BrowserContext, main: TestMain): Promise<void> {
  await context.exposeBinding(ipcBinding, (_source, channel: string, ...args: unknown[]) => main.invoke(channel, args));
  await context.addInitScript(
    ({ name, methods, binding }) => {
      const invoke = (...args: unknown[]) => (Reflect.get(window, binding) as (...args: unknown[]) => Promise<unknown>)(...args);
      const api = Object.fromEntries(
        Object.entries(methods).map(([method, channel]) => [method, (payload?: unknown) => (payload === undefined ? invoke(channel) : invoke(channel, payload))]),
      );
      Object.defineProperty(window, name, { value: Object.freeze(api) });
    },
    { name: bridgeGlobalName, methods: bridgeMethods, binding: ipcBinding },
  );
}
