import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { DuplicateGroup, DuplicatePair } from '@shared/domain/duplicates/duplicateTypes';
import { groupDuplicatePairs } from '@shared/domain/duplicates/groupDuplicatePairs';
import { useDatabase } from '../../../db/DatabaseProvider';

// Groups from the scanned pairs, kept current without rescanning: "Keep separate" decisions
// are read live, and contacts deleted or merged since the scan drop out (and come back on Undo).
export function useDuplicateGroups(pairs: DuplicatePair[] | undefined, scannedAt: string | undefined): DuplicateGroup[] | undefined {
  const { db } = useDatabase();
  const dismissed = useLiveQuery(() => db.duplicateDismissals.toArray(), [db]);
  const deletedSinceScan = useLiveQuery(
    async () => new Set(scannedAt ? await db.contacts.where('[deleted+updatedAt]').between([1, scannedAt], [1, Dexie.maxKey]).primaryKeys() : []),
    [db, scannedAt],
  );
  return useMemo(() => {
    if (!pairs || !dismissed || !deletedSinceScan) return undefined;
    return groupDuplicatePairs(pairs, { dismissed, excludedIds: deletedSinceScan });
  }, [pairs, dismissed, deletedSinceScan]);
}
