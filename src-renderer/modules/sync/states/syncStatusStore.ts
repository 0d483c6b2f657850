import { createStore } from 'zustand/vanilla';

export type SyncState = 'unpaired' | 'offline' | 'syncing' | 'synced' | 'error';

// What the status bar and Settings > Sync show. The number of unsynced writes is read live
// from the outbox counter instead (usePendingChangeCount), so it also follows other windows.
export type SyncStatus = {
  state: SyncState;
  // A readable reason when offline or failing.
  message: string | null;
  lastSyncedAt: string | null;
  // The running engine's "Sync now"; null while not paired.
  syncNow: (() => void) | null;
};

export const syncStatusStore = createStore<SyncStatus>(() => ({ state: 'unpaired', message: null, lastSyncedAt: null, syncNow: null }));
