import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SegmentDefinition } from '@shared/domain/segment';
import { compileSegment, SegmentDefinitionError, segmentNeeds } from '@shared/domain/segments/compileSegment';
import { useDatabase } from '../../../db/DatabaseProvider';
import { useContactColumns } from '../../contact-list/hooks/useContactColumns';
import { useAllContacts } from '../../contact-list/hooks/useAllContacts';
import { evaluateSegmentMembers } from '../utils/evaluateSegmentMembers';
import { segmentFactsIndexFor } from '../utils/segmentFactsIndex';

export type SegmentMembers = { ids: string[] | null; counting: boolean; problem: string | null };

// The contacts a segment holds, by name, recounted whenever the definition, the contacts, their
// events or their deals change. While it counts, the last answer stays on screen.
export function useSegmentMembers(definition: SegmentDefinition): SegmentMembers {
  const { db, mutations } = useDatabase();
  const columns = useContactColumns();
  const { snapshot, state, ids } = useAllContacts();
  const facts = segmentFactsIndexFor(db, mutations);
  const factsVersion = useSyncExternalStore(facts.subscribe, facts.getVersion);
  const [members, setMembers] = useState<SegmentMembers>({ ids: null, counting: true, problem: null });

  useEffect(() => {
    if (state.status !== 'ready') return;
    const controller = new AbortController();
    const count = async () => {
      const matches = compileSegment(definition, columns.typeOf);
      setMembers((last) => ({ ...last, counting: true }));
      const lookup = await facts.lookup(segmentNeeds(definition));
      const found = await evaluateSegmentMembers(ids, (id) => snapshot.get(id), matches, lookup, controller.signal);
      setMembers({ ids: found, counting: false, problem: null });
    };
    count().catch((error: unknown) => {
      if (controller.signal.aborted) return;
      const problem = error instanceof SegmentDefinitionError || error instanceof Error ? error.message : String(error);
      setMembers({ ids: null, counting: false, problem });
    });
    return () => controller.abort();
  }, [definition, columns, ids, snapshot, state.status, facts, factsVersion]);

  return members;
}
