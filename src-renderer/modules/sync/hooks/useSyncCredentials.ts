import { useQuery } from '@tanstack/react-query';
import { bridge } from '../../../bridge/bridge';

export const syncCredentialsQueryKey = ['sync-credentials'];

// The stored pairing (server, token) from the bridge: the OS keychain in Electron.
export function useSyncCredentials() {
  return useQuery({ queryKey: syncCredentialsQueryKey, queryFn: () => bridge.loadSyncCredentials(), staleTime: Infinity });
}
