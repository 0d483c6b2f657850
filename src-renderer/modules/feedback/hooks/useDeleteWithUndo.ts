import { useCallback } from 'react';
import type { SyncedTable } from '@shared/domain/recordSchemas';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showWriteError } from '../utils/showWriteError';
import { showUndoNotification } from '../utils/showUndoNotification';

// Soft-deletes and offers Undo; resolves true once the records are in the trash.
export function useDeleteWithUndo() {
  const { mutations } = useDatabase();
  return useCallback(
    async (table: SyncedTable, ids: string[], label: string): Promise<boolean> => {
      try {
        showUndoNotification(await mutations.softDelete(table, ids, label), mutations);
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      }
    },
    [mutations],
  );
}
