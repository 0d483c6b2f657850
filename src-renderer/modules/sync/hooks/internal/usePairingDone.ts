import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { BridgeResult } from '@shared/ipc/bridgeContract';
import { syncCredentialsQueryKey } from '../useSyncCredentials';

// After a pairing: the stored credentials replace the cached ones (the sync engine starts on
// them) and the user is told.
export function usePairingDone() {
  const queryClient = useQueryClient();
  return (stored: BridgeResult<'sync-credentials-save'>, message: string) => {
    queryClient.setQueryData(syncCredentialsQueryKey, stored);
    notifications.show({ message, autoClose: 3000 });
  };
}
