import { describe, expect, it } from 'vitest';
import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import { HubPins, pinStoredHubCertificates } from '../../../src-main/hub/hubPins';
import type { SyncCredentialStore } from '../../../src-main/ipc/syncCredentialStore';

const fingerprint = 'q1w2e3r4t5y6u7i8o9p0as';
const hubCredentials = (serverUrl: string): SyncCredentials => ({
  serverUrl,
  token: 'a-secret-device-token-0123456789',
  workspaceId: 'w1',
  userId: 'u1',
  deviceId: 'd1',
  certificateFingerprint: fingerprint,
});

// The keychain-backed store, played by a variable.
function memoryStore(initial: SyncCredentials | null): SyncCredentialStore {
  let credentials = initial;
  return {
    load: () => Promise.resolve({ credentials, secure: true }),
    save: (next) => {
      credentials = next;
      return Promise.resolve({ credentials, secure: true });
    },
  };
}

describe('hub pins from the stored credentials', () => {
  it('pins the paired hub when the credentials are loaded at launch', async () => {
    const pins = new HubPins();
    await pinStoredHubCertificates(memoryStore(hubCredentials('https://192.168.1.23:8788')), pins).load();
    expect([...pins.entries]).toEqual([['192.168.1.23', fingerprint]]);
  });

  it('pins an IPv6 hub under the host name Chromium gives, without brackets', async () => {
    const pins = new HubPins();
    await pinStoredHubCertificates(memoryStore(hubCredentials('https://[fd00::17]:8788')), pins).load();
    expect([...pins.entries]).toEqual([['fd00::17', fingerprint]]);
  });

  it('pins nothing for a standalone server, which has no fingerprint', async () => {
    const pins = new HubPins();
    const { certificateFingerprint: _none, ...serverCredentials } = hubCredentials('https://sync.example.com');
    await pinStoredHubCertificates(memoryStore(serverCredentials), pins).load();
    expect(pins.entries.size).toBe(0);
  });

  it('drops the pin when the device unpairs, and moves it with a new address', async () => {
    const pins = new HubPins();
    const store = pinStoredHubCertificates(memoryStore(null), pins);
    await store.save(hubCredentials('https://192.168.1.23:8788'));
    await store.save(hubCredentials('https://192.168.1.40:8788'));
    expect([...pins.entries]).toEqual([['192.168.1.40', fingerprint]]);
    await store.save(null);
    expect(pins.entries.size).toBe(0);
  });

  it('keeps a pin added for a pairing in progress at another host', async () => {
    const pins = new HubPins();
    const store = pinStoredHubCertificates(memoryStore(hubCredentials('https://192.168.1.23:8788')), pins);
    await store.load();
    pins.add('10.0.0.5', fingerprint);
    await store.save(null);
    expect([...pins.entries]).toEqual([['10.0.0.5', fingerprint]]);
  });
});
