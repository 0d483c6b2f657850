import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// A pipeline's live deals through the [pipelineId+stageId] index; undefined while loading.
export function usePipelineDeals(pipelineId: string | null): StoredRecord<'deals'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    if (!pipelineId) return [];
    const deals = await db.deals.where('[pipelineId+stageId]').between([pipelineId, Dexie.minKey], [pipelineId, Dexie.maxKey]).toArray();
    return deals.filter((deal) => !deal.deleted);
  }, [db, pipelineId]);
}
