import { describe, expect, it, vi } from 'vitest';
import { createBackupFolder } from '../../../src-main/ipc/backupFolder';
import { createHubConfigFile } from '../../../src-main/hub/hubConfigFile';
import { createBridgeHandlers, type BridgeHandlerDeps } from '../../../src-main/ipc/bridgeHandlers';
import { createOpenedFiles } from '../../../src-main/ipc/openedFiles';
import { createQuitCoordinator } from '../../../src-main/ipc/quitCoordinator';

function setup(overrides: Partial<BridgeHandlerDeps> = {}) {
  const openExternal = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  const show = vi.fn<(title: string, body: string, onClick: () => void) => void>();
  const focusWindow = vi.fn<() => void>();
  const handlers = createBridgeHandlers({
    app: { getName: () => 'Outpost', getVersion: () => '0.1.0' },
    platform: 'linux',
    openExternal,
    notifications: { isSupported: () => true, show },
    focusWindow,
    syncCredentials: { load: () => Promise.resolve({ credentials: null, secure: true }), save: (credentials) => Promise.resolve({ credentials, secure: true }) },
    saveFile: () => Promise.resolve(true),
    backups: createBackupFolder(() => '/nonexistent/outpost-backups'),
    backupLocation: { choose: () => Promise.resolve(null) },
    saveWorkspace: () => Promise.resolve(true),
    openFile: () => Promise.resolve({ status: 'cancelled' }),
    openedFiles: createOpenedFiles(),
    quit: createQuitCoordinator(),
    hub: {
      host: { start: () => Promise.reject(new Error('not in this test')), stop: () => Promise.resolve(), status: () => null, request: () => Promise.resolve(null) },
      pins: { add: () => undefined },
      findNearby: () => Promise.resolve([]),
      dataDir: '/nonexistent/outpost-hub',
      config: createHubConfigFile('/nonexistent/outpost-hub-hosting.json'),
    },
    ...overrides,
  });
  return { handlers, openExternal, show, focusWindow };
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
    await expect(handlers['notification-show']({ title: 'Synced', body: '3 changes', target: null })).resolves.toEqual({ shown: true });
    expect(show).toHaveBeenCalledExactlyOnceWith('Synced', '3 changes', expect.any(Function));
  });

  it('a click on a notification focuses the window and answers notification-clicked with what it opens', async () => {
    const { handlers, show, focusWindow } = setup();
    const clicked = handlers['notification-clicked'](undefined);
    await handlers['notification-show']({ title: 'Task due: Call Ada', body: '', target: { kind: 'task', taskId: 'task-1' } });
    await handlers['notification-show']({ title: '5 tasks due', body: '', target: { kind: 'tasks', view: 'overdue' } });
    expect(focusWindow).not.toHaveBeenCalled();
    show.mock.calls[0]?.[2]();
    await expect(clicked).resolves.toEqual({ target: { kind: 'task', taskId: 'task-1' } });
    expect(focusWindow).toHaveBeenCalledOnce();
    // A click while the renderer is not asking waits for its next question.
    show.mock.calls[1]?.[2]();
    await expect(handlers['notification-clicked'](undefined)).resolves.toEqual({ target: { kind: 'tasks', view: 'overdue' } });
  });

  it('a click on a notification without a target only focuses the window', async () => {
    const { handlers, show, focusWindow } = setup();
    await handlers['notification-show']({ title: 'Synced', body: '', target: null });
    show.mock.calls[0]?.[2]();
    expect(focusWindow).toHaveBeenCalledOnce();
    const answered = vi.fn();
    void handlers['notification-clicked'](undefined).then(answered);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(answered).not.toHaveBeenCalled();
  });

  it('notification-show reports unsupported platforms', async () => {
    const show = vi.fn<(title: string, body: string, onClick: () => void) => void>();
    const { handlers } = setup({ notifications: { isSupported: () => false, show } });
    await expect(handlers['notification-show']({ title: 'Synced', body: '', target: null })).resolves.toEqual({ shown: false });
    expect(show).not.toHaveBeenCalled();
  });
});
