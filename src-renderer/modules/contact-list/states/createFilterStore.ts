import { create } from 'zustand';
import type { FilterCondition } from '@shared/domain/filters/filterTypes';

export type FilterState = {
  search: string;
  conditions: FilterCondition[];
  setSearch: (search: string) => void;
  addCondition: (condition: FilterCondition) => void;
  removeCondition: (index: number) => void;
  clearConditions: () => void;
};

// A record table's search and filters; each table has its own, and they survive leaving the
// view and coming back, for this session.
export function createFilterStore() {
  return create<FilterState>()((set) => ({
    search: '',
    conditions: [],
    setSearch: (search) => set({ search }),
    addCondition: (condition) => set((state) => ({ conditions: [...state.conditions, condition] })),
    removeCondition: (index) => set((state) => ({ conditions: state.conditions.filter((_, position) => position !== index) })),
    clearConditions: () => set({ conditions: [] }),
  }));
}

export type FilterStore = ReturnType<typeof createFilterStore>;
