import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// Live pipelines in their order; undefined while loading.
export function usePipelines(): StoredRecord<'pipelines'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.pipelines.orderBy('order').toArray()).filter((pipeline) => !pipeline.deleted), [db]);
}
