import { useQuery } from '@tanstack/react-query';
import { bridge } from '../../../bridge/bridge';

export const backupListQueryKey = ['backups'] as const;

export function useBackupList() {
  return useQuery({ queryKey: backupListQueryKey, queryFn: () => bridge.listBackups() });
}
