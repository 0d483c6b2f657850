import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { useContactColumns } from '../../contact-list/hooks/useContactColumns';
import { segmentsContaining, type SegmentSummary } from '../utils/segmentsContaining';

// Live: a contact that starts or stops matching a segment shows it without a refresh.
export function useContactSegments(contact: StoredRecord<'contacts'>): SegmentSummary[] | undefined {
  const { db } = useDatabase();
  const { typeOf } = useContactColumns();
  return useLiveQuery(() => segmentsContaining(db, contact, typeOf), [db, contact, typeOf]);
}
