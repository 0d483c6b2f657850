import { matchesDealFilter, type DealFilter } from '@shared/domain/deals/dealFilter';
import { useMemo } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import { usePipelineDeals } from './usePipelineDeals';
import { useTaggedContacts } from './useTaggedContacts';

export type FilteredDeals = { deals: StoredRecord<'deals'>[]; total: number } | undefined;

// The pipeline's deals that pass the filter, filtered in memory (a pipeline holds thousands,
// not hundreds of thousands); `total` counts them all.
export function useFilteredDeals(pipelineId: string | null | undefined, filter: DealFilter): FilteredDeals {
  const all = usePipelineDeals(pipelineId);
  const tagged = useTaggedContacts(filter.tagId);
  return useMemo(() => (all ? { deals: all.filter((deal) => matchesDealFilter(deal, filter, tagged)), total: all.length } : undefined), [all, filter, tagged]);
}
