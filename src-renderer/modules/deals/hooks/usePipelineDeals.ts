import { useSyncExternalStore } from 'react';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { pipelineDealSnapshotFor } from '../utils/pipelineDealSnapshot';

const noDeals: StoredRecord<'deals'>[] = [];
const unsubscribed = () => () => undefined;
const none = () => noDeals;
const loading = () => undefined;

// A pipeline's live deals from its in-memory snapshot, patched on every commit; undefined while
// the first read runs or the pipeline is not known yet (undefined), none without one (null).
export function usePipelineDeals(pipelineId: string | null | undefined): StoredRecord<'deals'>[] | undefined {
  const { db, mutations } = useDatabase();
  const snapshot = pipelineId ? pipelineDealSnapshotFor(db, mutations, pipelineId) : null;
  return useSyncExternalStore(snapshot?.subscribe ?? unsubscribed, snapshot?.getDeals ?? (pipelineId === null ? none : loading));
}
