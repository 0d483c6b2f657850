import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { segmentFieldCatalog, type SegmentField } from '@shared/domain/segments/segmentFieldCatalog';
import { useDatabase } from '../../../db/DatabaseProvider';
import { readEventNameCounts } from '../../../db/events/readEvents';
import { useContactColumns } from '../../contact-list/hooks/useContactColumns';

export type SegmentBuilderData = { fields: SegmentField[]; pipelines: Array<{ value: string; label: string }> };

// What the builder offers: contact fields, the event names seen (from the per-name counts, not
// the events) and the pipelines for deal conditions.
export function useSegmentBuilderData(): SegmentBuilderData {
  const { db } = useDatabase();
  const columns = useContactColumns();
  const eventNames = useLiveQuery(async () => (await readEventNameCounts(db)).map((entry) => entry.name), [db]);
  const pipelines = useLiveQuery(async () => (await db.pipelines.orderBy('order').toArray()).filter((pipeline) => !pipeline.deleted), [db]);
  return useMemo(
    () => ({
      fields: segmentFieldCatalog(columns.all, eventNames ?? []),
      pipelines: (pipelines ?? []).map((pipeline) => ({ value: pipeline.id, label: pipeline.name })),
    }),
    [columns, eventNames, pipelines],
  );
}
