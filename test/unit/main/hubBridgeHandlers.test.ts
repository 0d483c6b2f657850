import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HubStartOptions } from '@shared/hub/hubMessages';
import { createHubConfigFile } from '../../../src-main/hub/hubConfigFile';
import { createHubBridgeHandlers, resumeHosting, type HubBridgeDeps } from '../../../src-main/ipc/hubBridgeHandlers';

let folder: string;
const status = { port: 8788, addresses: ['192.168.1.23'], fingerprint: 'f'.repeat(43), workspaceId: 'w1' };
const payload = { workspaceName: 'Expo team', hostEmail: 'host@example.com', port: 8788 };

function setup() {
  const start = vi.fn((_options: HubStartOptions) => Promise.resolve(status));
  const stop = vi.fn(() => Promise.resolve());
  const deps: HubBridgeDeps = {
    host: { start, stop, status: () => status, request: () => Promise.resolve(null) },
    pins: { add: vi.fn() },
    findNearby: () => Promise.resolve([]),
    dataDir: join(folder, 'hub'),
    config: createHubConfigFile(join(folder, 'hub-hosting.json')),
  };
  return { deps, start, stop, handlers: createHubBridgeHandlers(deps) };
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'outpost-hub-config-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('hub bridge handlers', () => {
  it('hosts in the app data folder, announced on the network, and resumes hosting at the next launch', async () => {
    const first = setup();
    await expect(first.handlers['hub-start'](payload)).resolves.toEqual(status);
    expect(first.start).toHaveBeenCalledWith({ ...payload, dataDir: join(folder, 'hub'), announce: true });

    const nextLaunch = setup();
    await expect(resumeHosting(nextLaunch.deps)).resolves.toEqual(status);
    expect(nextLaunch.start).toHaveBeenCalledWith({ ...payload, dataDir: join(folder, 'hub'), announce: true });
  });

  it('stopping hosting means the next launch does not host', async () => {
    const { handlers } = setup();
    await handlers['hub-start'](payload);
    await handlers['hub-stop'](undefined);
    const nextLaunch = setup();
    await expect(resumeHosting(nextLaunch.deps)).resolves.toBeNull();
    expect(nextLaunch.start).not.toHaveBeenCalled();
  });

  it('remembers keeping the hub in the tray and reports it with the status', async () => {
    const { handlers } = setup();
    await expect(handlers['hub-keep-in-tray']({ enabled: true })).resolves.toEqual({ keepInTray: true });
    await expect(handlers['hub-status'](undefined)).resolves.toEqual({ ...status, keepInTray: true });
    const nextLaunch = setup();
    await nextLaunch.deps.config.load();
    expect(nextLaunch.deps.config.current().keepInTray).toBe(true);
  });

  it('a damaged hosting file counts as not hosting', async () => {
    await writeFile(join(folder, 'hub-hosting.json'), '{"workspaceName": "x", "port": "not a port"');
    const { deps, start } = setup();
    await expect(resumeHosting(deps)).resolves.toBeNull();
    expect(start).not.toHaveBeenCalled();
  });
});
