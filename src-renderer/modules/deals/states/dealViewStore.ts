import { emptyDealFilter, type DealFilter } from '@shared/domain/deals/dealFilter';
import { create } from 'zustand';
import type { DealSort } from '../utils/sortDeals';

export type DealLayout = 'board' | 'list';

type DealViewState = {
  // null: the first pipeline.
  pipelineId: string | null;
  layout: DealLayout;
  filter: DealFilter;
  sort: DealSort;
  setPipelineId: (pipelineId: string) => void;
  setLayout: (layout: DealLayout) => void;
  setFilter: (change: Partial<DealFilter>) => void;
  clearFilter: () => void;
  setSort: (sort: DealSort) => void;
};

// The pipeline, layout, filters and sort survive leaving the Deals section, for this session.
export const useDealViewStore = create<DealViewState>()((set) => ({
  pipelineId: null,
  layout: 'board',
  filter: emptyDealFilter,
  sort: { key: 'stage', descending: false },
  setPipelineId: (pipelineId) => set({ pipelineId }),
  setLayout: (layout) => set({ layout }),
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  clearFilter: () => set({ filter: emptyDealFilter }),
  setSort: (sort) => set({ sort }),
}));
