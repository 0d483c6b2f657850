import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showWriteError } from '../../feedback/utils/showWriteError';
import type { TrashItem } from '../utils/readTrash';

// Deletes a trashed record for good; resolves true once it is gone.
export function usePurgeFromTrash(): { purge: (item: TrashItem) => Promise<boolean>; purging: boolean } {
  const { mutations } = useDatabase();
  const [purging, setPurging] = useState(false);
  const purge = useCallback(
    async (item: TrashItem) => {
      setPurging(true);
      try {
        await mutations.purge(item.table, [item.id]);
        notifications.show({ message: `Deleted ${item.name} forever`, autoClose: 3000 });
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      } finally {
        setPurging(false);
      }
    },
    [mutations],
  );
  return { purge, purging };
}
