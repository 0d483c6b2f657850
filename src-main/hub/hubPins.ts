import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import type { SyncCredentialStore } from '../ipc/syncCredentialStore';

// Host name -> pinned team-hub certificate fingerprint, read by the certificate verify proc.
export class HubPins {
  readonly entries = new Map<string, string>();
  // The host pinned for the stored credentials, so an unpair or a new address drops its pin.
  private storedHostname: string | null = null;

  add(hostname: string, fingerprint: string): void {
    this.entries.set(hostname, fingerprint);
  }

  // The stored credentials' pin replaces the previous credentials' one: after an unpair or a
  // change of address the old host is checked by Chromium's own rules again.
  remember(credentials: SyncCredentials | null): void {
    if (this.storedHostname !== null) this.entries.delete(this.storedHostname);
    this.storedHostname = null;
    if (!credentials?.certificateFingerprint) return;
    // Chromium gives IPv6 hosts without their URL brackets.
    const hostname = new URL(credentials.serverUrl).hostname.replace(/^\[|\]$/g, '');
    this.add(hostname, credentials.certificateFingerprint);
    this.storedHostname = hostname;
  }
}

// The credential store, pinning the paired hub's certificate whenever credentials are read or saved.
export function pinStoredHubCertificates(store: SyncCredentialStore, pins: HubPins): SyncCredentialStore {
  return {
    load: async () => {
      const stored = await store.load();
      pins.remember(stored.credentials);
      return stored;
    },
    save: async (credentials) => {
      const stored = await store.save(credentials);
      pins.remember(stored.credentials);
      return stored;
    },
  };
}
