import type { SyncCredentials } from '@shared/ipc/bridgeContract';
import type { SyncCredentialStore } from '../ipc/syncCredentialStore';

// Host name -> pinned team-hub certificate fingerprint, read by the certificate verify proc.
export class HubPins {
  readonly entries = new Map<string, string>();

  add(hostname: string, fingerprint: string): void {
    this.entries.set(hostname, fingerprint);
  }

  remember(credentials: SyncCredentials | null): void {
    if (!credentials?.certificateFingerprint) return;
    // Chromium gives IPv6 hosts without their URL brackets.
    this.add(new URL(credentials.serverUrl).hostname.replace(/^\[|\]$/g, ''), credentials.certificateFingerprint);
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
