import { describe, expect, it, vi } from 'vitest';
import type { BridgeHandlers } from '../../../src-shared/ipc/bridgeContract';
import { bridgeContract } from '../../../src-shared/ipc/bridgeContract';
import { registerBridgeHandlers, type IpcMainLike, type InvokeEventLike } from '../../../src-main/ipc/registerBridgeHandlers';
import type { FrameLike } from '../../../src-main/security/isTrustedSender';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

const ourFrame: FrameLike = { url: 'app://outpost/index.html', parent: null, processId: 1, routingId: 1 };
const strangerFrame: FrameLike = { url: 'https://evil.example/', parent: null, processId: 1, routingId: 1 };

function setup(isTrusted = (frame: FrameLike | null) => frame === ourFrame) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  const handlers = {
    'app-get-info': vi.fn<BridgeHandlers['app-get-info']>(() =>
      Promise.resolve({ name: 'Outpost', version: '0.1.0', platform: 'linux', runtime: 'electron' as const }),
    ),
    'shell-open-external': vi.fn<BridgeHandlers['shell-open-external']>(() => Promise.resolve({ opened: true })),
    'notification-show': vi.fn<BridgeHandlers['notification-show']>(() => Promise.resolve({ shown: true })),
    'notification-clicked': vi.fn<BridgeHandlers['notification-clicked']>(() => Promise.resolve({ target: { kind: 'tasks' as const, view: 'overdue' as const } })),
    'sync-credentials-load': vi.fn<BridgeHandlers['sync-credentials-load']>(() => Promise.resolve({ credentials: null, secure: true })),
    'sync-credentials-save': vi.fn<BridgeHandlers['sync-credentials-save']>(({ credentials }) => Promise.resolve({ credentials, secure: true })),
    'file-save': vi.fn<BridgeHandlers['file-save']>(() => Promise.resolve({ saved: true })),
    'backup-list': vi.fn<BridgeHandlers['backup-list']>(() => Promise.resolve({ folder: '/data/backups', backups: [] })),
    'backup-write': vi.fn<BridgeHandlers['backup-write']>(() => Promise.resolve({ deleted: [] })),
    'backup-read': vi.fn<BridgeHandlers['backup-read']>(() => Promise.resolve({ data: new Uint8Array(1) })),
    'workspace-export': vi.fn<BridgeHandlers['workspace-export']>(() => Promise.resolve({ saved: true })),
    'backup-folder-choose': vi.fn<BridgeHandlers['backup-folder-choose']>(() => Promise.resolve({ folder: null })),
    'file-open': vi.fn<BridgeHandlers['file-open']>(() => Promise.resolve({ status: 'cancelled' as const })),
    'file-read': vi.fn<BridgeHandlers['file-read']>(() => Promise.resolve({ status: 'read' as const, data: new Uint8Array(1) })),
    'file-close': vi.fn<BridgeHandlers['file-close']>(() => Promise.resolve({ closed: true })),
    'app-quit-requested': vi.fn<BridgeHandlers['app-quit-requested']>(() => Promise.resolve({ quitting: true as const })),
    'app-quit-ready': vi.fn<BridgeHandlers['app-quit-ready']>(() => Promise.resolve({ quitting: true })),
    'hub-start': vi.fn<BridgeHandlers['hub-start']>(() => Promise.resolve({ port: 8788, addresses: ['192.168.1.23'], fingerprint: 'f'.repeat(43), workspaceId: 'w' })),
    'hub-stop': vi.fn<BridgeHandlers['hub-stop']>(() => Promise.resolve({ stopped: true as const })),
    'hub-status': vi.fn<BridgeHandlers['hub-status']>(() => Promise.resolve(null)),
    'hub-keep-in-tray': vi.fn<BridgeHandlers['hub-keep-in-tray']>(({ enabled }) => Promise.resolve({ keepInTray: enabled })),
    'hub-invite': vi.fn<BridgeHandlers['hub-invite']>(() => Promise.resolve({ typedCode: 'c', qrPayload: 'q', expiresAt: '2026-12-04T20:00:00.000Z' })),
    'hub-devices': vi.fn<BridgeHandlers['hub-devices']>(() => Promise.resolve([])),
    'hub-revoke': vi.fn<BridgeHandlers['hub-revoke']>(() => Promise.resolve({ revoked: true })),
    'hub-pin-certificate': vi.fn<BridgeHandlers['hub-pin-certificate']>(() => Promise.resolve({ pinned: true })),
    'hub-find-nearby': vi.fn<BridgeHandlers['hub-find-nearby']>(() => Promise.resolve([])),
  } satisfies BridgeHandlers;
  registerBridgeHandlers(ipcMain, handlers, isTrusted);

  const invoke = (channel: string, frame: FrameLike | null, ...args: unknown[]): Promise<unknown> => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: frame }, ...args);
  };
  return { listeners, handlers, invoke };
}

describe('registerBridgeHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(bridgeContract).sort());
  });

  it('calls the handler with the parsed payload and returns its result', async () => {
    const { handlers, invoke } = setup();
    await expect(invoke('notification-show', ourFrame, { title: 'Saved' })).resolves.toEqual({ shown: true });
    // The schema's defaults fill in the body and target before the handler sees them.
    expect(handlers['notification-show']).toHaveBeenCalledExactlyOnceWith({ title: 'Saved', body: '', target: null });
    await expect(invoke('app-get-info', ourFrame)).resolves.toMatchObject({ runtime: 'electron' });
  });

  it.each([
    ['shell-open-external', undefined],
    ['shell-open-external', 'https://example.com'],
    ['shell-open-external', { url: 42 }],
    ['shell-open-external', { url: '' }],
    ['shell-open-external', { url: `https://example.com/${'a'.repeat(2048)}` }],
    ['shell-open-external', { url: 'https://example.com', extra: true }],
    ['notification-show', { title: '' }],
    ['notification-show', { title: 'x'.repeat(201) }],
    ['notification-show', { title: 'Hi', body: 7 }],
    ['notification-show', { title: 'Hi', __proto__: { admin: true }, constructor: 'x' }],
    ['notification-show', { title: 'Hi', target: { kind: 'url', href: 'https://evil.example' } }],
    ['notification-show', { title: 'Hi', target: { kind: 'task', taskId: '' } }],
    ['notification-show', { title: 'Hi', target: { kind: 'tasks', view: 'everything' } }],
    ['notification-clicked', { kind: 'task' }],
    ['app-get-info', { anything: true }],
    ['sync-credentials-save', { credentials: { serverUrl: 'javascript:alert(1)', token: 't'.repeat(30), workspaceId: 'w', userId: 'u', deviceId: 'd' } }],
    ['sync-credentials-save', { credentials: { serverUrl: 'https://sync.example', token: 'short', workspaceId: 'w', userId: 'u', deviceId: 'd' } }],
    ['sync-credentials-save', { serverUrl: 'https://sync.example' }],
    ['sync-credentials-load', { token: 'x' }],
    ['file-save', { suggestedName: '../../.bashrc', format: 'csv', content: 'x' }],
    ['file-save', { suggestedName: 'C:\\Windows\\evil.csv', format: 'csv', content: 'x' }],
    ['file-save', { suggestedName: '.profile', format: 'csv', content: 'x' }],
    ['file-save', { suggestedName: 'contacts.exe', format: 'exe', content: 'x' }],
    ['backup-read', { name: '../sync-credentials.bin' }],
    ['backup-read', { name: 'outpost-2026-12-04T19-30-00-123Z-manual.outpost/../../x' }],
    ['backup-write', { name: 'outpost-2026-12-04T19-30-00-123Z-manual.outpost', data: 'not bytes', retention: { hourly: 24, daily: 14 } }],
    ['backup-write', { name: 'outpost-2026-12-04T19-30-00-123Z-manual.outpost', data: new Uint8Array(1), retention: { hourly: 0, daily: 14 } }],
    ['workspace-export', { suggestedName: '../workspace.outpost', data: new Uint8Array(1) }],
    ['file-open', { formats: ['exe'] }],
    ['file-open', { formats: ['csv'], path: '/etc/passwd' }],
    ['file-read', { handle: '/home/rep/contacts.csv', start: 0, length: 1024 }],
    ['file-read', { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: 0, length: 4 * 1024 * 1024 + 1 }],
    ['file-read', { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: -1, length: 1024 }],
    ['file-read', { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: 0.5, length: 1024 }],
    ['file-read', { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: 0, length: 0 }],
    ['file-read', { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: 0, length: 1024, path: '/etc/passwd' }],
    ['file-close', { handle: '../contacts.csv' }],
    ['hub-start', { workspaceName: 'Team', hostEmail: 'host@example.com', port: 80 }],
    ['hub-start', { workspaceName: 'Team', hostEmail: 'host@example.com', port: 8788, dataDir: '/etc' }],
    ['hub-invite', { email: 'not an email', forHost: false }],
    ['hub-pin-certificate', { hostname: 'evil.example/path', fingerprint: 'f'.repeat(43) }],
    ['hub-pin-certificate', { hostname: '192.168.1.23', fingerprint: 'short' }],
  ] as const)('rejects %s with payload %j and never calls the handler', async (channel, payload) => {
    const { handlers, invoke } = setup();
    await expect(invoke(channel, ourFrame, payload)).rejects.toThrow(new RegExp(`^Refused ${channel}: invalid payload`));
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it('rejects extra arguments', async () => {
    const { handlers, invoke } = setup();
    await expect(invoke('shell-open-external', ourFrame, { url: 'https://example.com' }, 'more')).rejects.toThrow(
      /expected at most one argument/,
    );
    expect(handlers['shell-open-external']).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign frame', strangerFrame],
    ['a missing frame', null],
  ])('rejects %s before looking at the payload', async (_label, frame) => {
    const { handlers, invoke } = setup();
    for (const channel of Object.keys(bridgeContract)) {
      await expect(invoke(channel, frame, { url: 'https://example.com', title: 'x' })).rejects.toThrow(
        `Refused ${channel}: untrusted sender`,
      );
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('never sends the page more than a read of an opened file may carry', async () => {
    const { handlers, invoke } = setup();
    handlers['file-read'].mockResolvedValueOnce({ status: 'read', data: new Uint8Array(4 * 1024 * 1024 + 1) });
    await expect(invoke('file-read', ourFrame, { handle: '7d3c1f52-0a6e-4c4b-9a4e-2f5b8c1d9e07', start: 0, length: 1024 })).rejects.toThrow(/At most 4 MB/);
  });

  it('strips what a handler returns beyond the contract', async () => {
    const { handlers, invoke } = setup();
    handlers['shell-open-external'].mockResolvedValueOnce({ opened: true, secret: 'x' } as { opened: boolean });
    await expect(invoke('shell-open-external', ourFrame, { url: 'https://example.com' })).resolves.toEqual({ opened: true });
  });
});
