import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { readStages } from '../utils/readStages';

// A pipeline's live stages in board order; undefined while loading.
export function useStages(pipelineId: string | null): StoredRecord<'stages'>[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => (pipelineId ? readStages(db, pipelineId) : []), [db, pipelineId]);
}

// Every stage by id (removed ones too, so a deal's history still names them); stages are few.
export function useStageNames(): ReadonlyMap<string, string> | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => new Map((await db.stages.toArray()).map((stage) => [stage.id, stage.name])), [db]);
}
