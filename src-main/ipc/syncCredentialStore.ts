import { syncCredentialsSchema, type SyncCredentials } from '@shared/ipc/bridgeContract';

// The slices of Electron's safeStorage and the file system the store needs, so it runs under
// vitest with fakes.
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface SecretFile {
  read(): Promise<Buffer | null>;
  write(data: Buffer | null): Promise<void>;
}

export type StoredCredentials = { credentials: SyncCredentials | null; secure: boolean };

// The sync token, encrypted with the OS keychain (safeStorage) in a file under userData; never
// written in clear text. Where Linux has no keyring, Electron encrypts with a built-in key:
// that still works but is reported as not secure, so Settings > Sync can say so.
export function createSyncCredentialStore(safeStorage: SafeStorageLike, file: SecretFile) {
  const secure = () => safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
  return {
    async load(): Promise<StoredCredentials> {
      const data = await file.read();
      if (!data || !safeStorage.isEncryptionAvailable()) return { credentials: null, secure: secure() };
      try {
        const parsed = syncCredentialsSchema.safeParse(JSON.parse(safeStorage.decryptString(data)));
        return { credentials: parsed.success ? parsed.data : null, secure: secure() };
      } catch {
        // Encrypted under another OS account or keychain: as good as not paired.
        return { credentials: null, secure: secure() };
      }
    },

    async save(credentials: SyncCredentials | null): Promise<StoredCredentials> {
      if (credentials === null) {
        await file.write(null);
        return { credentials: null, secure: secure() };
      }
      if (!safeStorage.isEncryptionAvailable()) throw new Error('The system keychain is not available, so the sync token cannot be stored safely.');
      await file.write(safeStorage.encryptString(JSON.stringify(credentials)));
      return { credentials, secure: secure() };
    },
  };
}

export type SyncCredentialStore = ReturnType<typeof createSyncCredentialStore>;
