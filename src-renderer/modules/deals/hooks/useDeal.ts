import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

// undefined while loading, null when there is no such deal.
export function useDeal(dealId: string): StoredRecord<'deals'> | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await db.deals.get(dealId)) ?? null, [db, dealId]);
}
