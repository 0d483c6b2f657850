import { describe, expect, it } from 'vitest';
import { createSyncCredentialStore, type SafeStorageLike, type SecretFile } from '../../../src-main/ipc/syncCredentialStore';

const credentials = { serverUrl: 'https://sync.example.com', token: 'a-secret-device-token-0123456789', workspaceId: 'w1', userId: 'u1', deviceId: 'd1' };

// A reversible fake "encryption", so the test can check the file never holds the token in clear.
function fakes(backend = 'gnome_libsecret', available = true) {
  let stored: Buffer | null = null;
  const safeStorage: SafeStorageLike = {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(Buffer.from(text).map((byte) => byte ^ 0x5a)),
    decryptString: (data) => Buffer.from(data.map((byte) => byte ^ 0x5a)).toString(),
  };
  const file: SecretFile = {
    read: () => Promise.resolve(stored),
    write: (data) => {
      stored = data;
      return Promise.resolve();
    },
  };
  return { store: createSyncCredentialStore(safeStorage, file), stored: () => stored };
}

describe('sync credential store', () => {
  it('stores the token encrypted, reads it back and forgets it', async () => {
    const { store, stored } = fakes();
    await expect(store.save(credentials)).resolves.toEqual({ credentials, secure: true });
    expect(stored()?.toString()).not.toContain(credentials.token);
    await expect(store.load()).resolves.toEqual({ credentials, secure: true });
    await store.save(null);
    expect(stored()).toBeNull();
    await expect(store.load()).resolves.toEqual({ credentials: null, secure: true });
  });

  it('reports the built-in Linux fallback key as not secure', async () => {
    const { store } = fakes('basic_text');
    await expect(store.save(credentials)).resolves.toMatchObject({ secure: false });
  });

  it('refuses to store the token where no encryption is available', async () => {
    const { store, stored } = fakes('unknown', false);
    await expect(store.save(credentials)).rejects.toThrow(/keychain is not available/);
    expect(stored()).toBeNull();
  });

  it('treats an unreadable or tampered file as not paired', async () => {
    const broken = createSyncCredentialStore(
      { isEncryptionAvailable: () => true, encryptString: () => Buffer.from(''), decryptString: () => '{"token":1}' },
      { read: () => Promise.resolve(Buffer.from('x')), write: () => Promise.resolve() },
    );
    await expect(broken.load()).resolves.toEqual({ credentials: null, secure: true });
  });
});
