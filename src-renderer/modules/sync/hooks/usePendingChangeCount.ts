import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import { readOutboxMeta } from '../../../db/outboxMeta';

// Record writes waiting in the outbox, read from the counter kept beside it.
export function usePendingChangeCount(): number | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (await readOutboxMeta(db)).pendingWrites, [db]);
}
