import { useLiveQuery } from 'dexie-react-hooks';
import { Navigate, useParams } from 'react-router';
import { useDatabase } from '../../../db/DatabaseProvider';
import { SegmentEditor } from './SegmentEditor';

// /segments/new and /segments/:segmentId/edit.
export function SegmentEditorView() {
  const { segmentId } = useParams();
  const { db } = useDatabase();
  const segment = useLiveQuery(async () => (segmentId ? ((await db.segments.get(segmentId)) ?? null) : null), [db, segmentId]);
  if (!segmentId) return <SegmentEditor key="new" />;
  if (segment === undefined) return null;
  if (segment === null || segment.deleted) return <Navigate to="/segments" replace />;
  // Keyed by id, so the draft starts from the saved segment and is not reset by live updates.
  return <SegmentEditor key={segment.id} segment={segment} />;
}
