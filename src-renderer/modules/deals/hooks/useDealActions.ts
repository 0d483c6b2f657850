import { useCallback } from 'react';
import type { DealStatus } from '@shared/domain/deals/dealStatus';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { showUndoNotification } from '../../feedback/utils/showUndoNotification';
import { showWriteError } from '../../feedback/utils/showWriteError';
import { changeDealStatus, moveDeal } from '../utils/dealWrites';

type Deal = StoredRecord<'deals'>;

// The board's and the profile's writes on a deal, with failures reported.
export function useDealActions() {
  const { mutations } = useDatabase();
  // Resolves once saved; a failure is reported and rethrown for the caller to undo its display.
  const move = useCallback(
    (deal: Deal, stageId: string, position: string) =>
      moveDeal(mutations, deal, stageId, position).catch((error: unknown) => {
        showWriteError(error);
        throw error;
      }),
    [mutations],
  );
  const changeStatus = useCallback(
    (deal: Deal, status: DealStatus, lostReason = '') => {
      changeDealStatus(mutations, deal, status, lostReason)
        .then((entry) => showUndoNotification(entry, mutations))
        .catch(showWriteError);
    },
    [mutations],
  );
  return { move, changeStatus };
}
