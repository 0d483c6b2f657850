import { applyMigrations } from './applyMigrations';
import { openPgliteStore } from './openPgliteStore';
import { openPostgresStore } from './openPostgresStore';
import type { SyncStore, SyncStoreOptions } from './SyncStore';

export type { SyncStore, SyncStoreOptions } from './SyncStore';

// Opens the storage and brings its schema up to date before anything else touches it.
export async function openSyncStore(options: SyncStoreOptions): Promise<SyncStore> {
  const store = options.kind === 'postgres' ? await openPostgresStore(options.url) : await openPgliteStore(options.dataDir);
  try {
    await applyMigrations(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
