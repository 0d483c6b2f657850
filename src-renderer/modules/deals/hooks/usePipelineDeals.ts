import { useSyncExternalStore } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { pipelineDealSnapshotFor } from '../utils/pipelineDealSnapshot';

const noDeals: StoredRecord<'deals'>[] = [];
const unsubscribed = () => () => undefined;
const none = () => noDeals;

// A pipeline's live deals from its in-memory snapshot, patched on every commit; undefined while
// the first read runs.
export function usePipelineDeals(pipelineId: string | null): StoredRecord<'deals'>[] | undefined {
  const { db, mutations } = useDatabase();
  const snapshot = pipelineId ? pipelineDealSnapshotFor(db, mutations, pipelineId) : null;
  return useSyncExternalStore(snapshot?.subscribe ?? unsubscribed, snapshot?.getDeals ?? none);
}
