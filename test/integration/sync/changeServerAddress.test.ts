import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import { changeServerAddress } from '@renderer/modules/sync/utils/changeServerAddress';
import { SyncOfflineError } from '@renderer/modules/sync/utils/syncErrors';
import { pairWithServer, type FetchLike } from '@renderer/modules/sync/utils/syncTransport';
import { createInvite } from '../../../src-server/admin/createInvite';
import { createWorkspace } from '../../../src-server/admin/createWorkspace';
import { buildSyncApp } from '../../../src-server/app/buildSyncApp';
import { openSyncStore, type SyncStore } from '../../../src-server/store/openSyncStore';
import { injectFetch } from '../../helpers/injectFetch';

const bridgeCalls = vi.hoisted(() => ({ pinned: [] as unknown[], saved: [] as unknown[] }));
vi.mock('@renderer/bridge/bridge', () => ({
  bridge: {
    pinHubCertificate: (pin: unknown) => {
      bridgeCalls.pinned.push(pin);
      return Promise.resolve({ pinned: true });
    },
    saveSyncCredentials: ({ credentials }: { credentials: SyncCredentials }) => {
      bridgeCalls.saved.push(credentials);
      return Promise.resolve({ credentials, secure: true });
    },
  },
}));

// The server the team moved to, answering in-process; the device was paired with a hub before.
let store: SyncStore;
let app: FastifyInstance;
let hubCredentials: SyncCredentials;
const seen: string[] = [];
const inject = injectFetch(() => app);
const fetchFn: FetchLike = (url, init) => {
  seen.push(`${url} ${new Headers(init?.headers).get('authorization') ?? ''}`);
  return inject(url, init);
};

beforeAll(async () => {
  store = await openSyncStore({ kind: 'pglite' });
  app = await buildSyncApp({ store, rateLimit: false });
  const { workspaceId } = await createWorkspace(store, { name: 'Team', adminEmail: 'admin@example.com' });
  const { code } = await createInvite(store, { workspaceId, email: 'rep@example.com' });
  const paired = await pairWithServer('https://192.168.1.23:8788', { code, deviceName: 'Rep laptop' }, inject);
  hubCredentials = { serverUrl: 'https://192.168.1.23:8788', ...paired, certificateFingerprint: 'q1w2e3r4t5y6u7i8o9p0as' };
}, 60_000);
afterAll(async () => {
  await app.close();
  await store.close();
});
beforeEach(() => {
  bridgeCalls.pinned.length = 0;
  bridgeCalls.saved.length = 0;
  seen.length = 0;
});

describe('changing the server address of a paired device', () => {
  it('tries the new server with the device token, then keeps token, workspace and device, and drops the hub pin for a server', async () => {
    await changeServerAddress(hubCredentials, { serverUrl: ' http://10.0.0.9:8787/settings ', stillTheHub: true }, fetchFn);
    expect(seen).toEqual([`http://10.0.0.9:8787/v1/sync/pull?since=&limit=1 Bearer ${hubCredentials.token}`]);
    const { certificateFingerprint: _pin, ...kept } = hubCredentials;
    expect(bridgeCalls.saved).toEqual([{ ...kept, serverUrl: 'http://10.0.0.9:8787' }]);
    expect(bridgeCalls.pinned).toEqual([]);
  });

  it('keeps trusting only the hub certificate when the hub itself moved, pinned before it is tried', async () => {
    await changeServerAddress(hubCredentials, { serverUrl: 'https://[fd00::17]:8788', stillTheHub: true }, fetchFn);
    expect(bridgeCalls.pinned).toEqual([{ hostname: 'fd00::17', fingerprint: hubCredentials.certificateFingerprint }]);
    expect(bridgeCalls.saved).toEqual([{ ...hubCredentials, serverUrl: 'https://[fd00::17]:8788' }]);
  });

  it('changes nothing when the new address does not answer or does not know the device', async () => {
    const down: FetchLike = () => Promise.reject(new TypeError('fetch failed'));
    await expect(changeServerAddress(hubCredentials, { serverUrl: 'http://10.0.0.9:8787', stillTheHub: false }, down)).rejects.toBeInstanceOf(SyncOfflineError);
    const stranger = { ...hubCredentials, token: 'a-token-this-server-never-issued-0123' };
    await expect(changeServerAddress(stranger, { serverUrl: 'http://10.0.0.9:8787', stillTheHub: false }, fetchFn)).rejects.toThrow(
      "The server at http://10.0.0.9:8787 does not know this device: has the team's data been moved there? If not, check the address.",
    );
    expect(bridgeCalls.saved).toEqual([]);
  });
});
