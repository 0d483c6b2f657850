import { useEffect } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { syncStatusStore } from '../states/syncStatusStore';
import { SyncEngine } from '../utils/SyncEngine';
import { createHttpTransport } from '../utils/syncTransport';
import { useSyncCredentials } from './useSyncCredentials';

// Runs the sync engine for as long as the app shell is mounted and the device is paired:
// from launch, and again with new credentials after pairing.
export function useBackgroundSync(): void {
  const database = useDatabase();
  const credentials = useSyncCredentials().data?.credentials ?? null;

  useEffect(() => {
    if (!credentials) {
      syncStatusStore.setState({ state: 'unpaired', message: null, syncNow: null });
      return;
    }
    const engine = new SyncEngine({
      database,
      transport: createHttpTransport(credentials),
      workspaceId: credentials.workspaceId,
      onStatus: (status) => syncStatusStore.setState(status),
      isOnline: () => navigator.onLine,
    });
    syncStatusStore.setState({ syncNow: () => void engine.syncNow() });
    engine.start();
    return () => {
      engine.stop();
      syncStatusStore.setState({ syncNow: null });
    };
  }, [database, credentials]);
}
