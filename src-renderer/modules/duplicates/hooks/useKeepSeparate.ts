import { useCallback } from 'react';
import type { DuplicateGroup } from '@shared/domain/duplicates/duplicateTypes';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';

// "Keep separate": one dismissal row per pair of the group, so the finder never proposes them
// again (on this device and, through sync, on the others); undoable.
export function useKeepSeparate(): (group: DuplicateGroup, label: string) => Promise<void> {
  const { mutations } = useDatabase();
  return useCallback(
    async (group, label) => {
      try {
        const entry = await mutations.undoable(label, async () => {
          await mutations.createMany(
            'duplicateDismissals',
            group.pairs.map(({ contactIds: [contactId, otherContactId] }) => ({ contactId, otherContactId })),
          );
        });
        showUndoNotification(entry, mutations);
      } catch (error) {
        showWriteError(error);
      }
    },
    [mutations],
  );
}
