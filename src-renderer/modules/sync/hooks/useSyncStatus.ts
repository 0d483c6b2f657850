import { useStore } from 'zustand';
import { syncStatusStore, type SyncStatus } from '../states/syncStatusStore';

export function useSyncStatus(): SyncStatus {
  return useStore(syncStatusStore);
}
