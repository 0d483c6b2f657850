import { describe, expect, it, vi } from 'vitest';
import { createBackupFolder } from '../../../src-main/ipc/backupFolder';
import { createBridgeHandlers, type BridgeHandlerDeps } from '../../../src-main/ipc/bridgeHandlers';
import { createQuitCoordinator } from '../../../src-main/ipc/quitCoordinator';

function setup(overrides: Partial<BridgeHandlerDeps> = {}) {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const show = vi.fn<(title: string, body: string) => void>();
  const handlers = createBridgeHandlers({
    app: { getName: () => 'Outpost', getVersion: () => '0.1.0' },
    platform: 'linux',
    openExternal,
    notifications: { isSupported: () => true, show },
    syncCredentials: { load: () => Promise.resolve({ credentials: null, secure: true }), save: (credentials) => Promise.resolve({ credentials, secure: true }) },
    saveFile: () => Promise.resolve(true),
    backups: createBackupFolder('/nonexistent/outpost-backups'),
    saveWorkspace: () => Promise.resolve(true),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    quit: createQuitCoordinator(),
    hub: {
      host: { start: () => Promise.reject(new Error('not in this test')), stop: () => Promise.resolve(), status: () => null, request: () => Promise.resolve(null) },
      pins: { add: () => undefined },
      findNearby: () => Promise.resolve([]),
      dataDir: '/nonexistent/outpost-hub',
    },
    ...overrides,
  });
  return { handlers, openExternal, show };
}

describe('createBridgeHandlers', () => {
  it('app-get-info reports the app, platform and runtime', async () => {
    const { handlers } = setup();
    await expect(handlers['app-get-info'](undefined)).resolves.toEqual({
      name: 'Outpost',
      version: '0.1.0',
      platform: 'linux',
      runtime: 'electron',
    });
  });

  it('shell-open-external opens a safe URL', async () => {
    const { handlers, openExternal } = setup();
    await expect(handlers['shell-open-external']({ url: 'https://example.com/' })).resolves.toEqual({ opened: true });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/');
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'file:///etc/passwd', 'https://user:pass@example.com'])(
    'shell-open-external refuses %j without calling the OS',
    async (url) => {
      const { handlers, openExternal } = setup();
      await expect(handlers['shell-open-external']({ url })).resolves.toEqual({ opened: false });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('shell-open-external reports a failure of the OS as not opened', async () => {
    const { handlers } = setup({ openExternal: () => Promise.reject(new Error('no handler for tel:')) });
    await expect(handlers['shell-open-external']({ url: 'tel:+15551234567' })).resolves.toEqual({ opened: false });
  });

  it('notification-show shows the notification', async () => {
    const { handlers, show } = setup();
    await expect(handlers['notification-show']({ title: 'Synced', body: '3 changes' })).resolves.toEqual({ shown: true });
    expect(show).toHaveBeenCalledExactlyOnceWith('Synced', '3 changes');
  });

  it('notification-show reports unsupported platforms', async () => {
    const show = vi.fn<(title: string, body: string) => void>();
    const { handlers } = setup({ notifications: { isSupported: () => false, show } });
    await expect(handlers['notification-show']({ title: 'Synced', body: '' })).resolves.toEqual({ shown: false });
    expect(show).not.toHaveBeenCalled();
  });
});
