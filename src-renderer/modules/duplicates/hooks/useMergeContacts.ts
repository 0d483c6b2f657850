import { useCallback } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { mergeContacts, type MergeContactsInput } from '../../merge/utils/mergeContacts';
import { useCurrentMember } from '../../settings/hooks/useCurrentMember';

// Merges, offers Undo, and says so when it fails; resolves true once merged.
export function useMergeContacts(): (input: Omit<MergeContactsInput, 'authorId'>) => Promise<boolean> {
  const { db, mutations } = useDatabase();
  const member = useCurrentMember();
  return useCallback(
    async (input) => {
      try {
        showUndoNotification(await mergeContacts(db, mutations, { ...input, authorId: member?.id ?? null }), mutations);
        return true;
      } catch (error) {
        showWriteError(error);
        return false;
      }
    },
    [db, mutations, member],
  );
}
