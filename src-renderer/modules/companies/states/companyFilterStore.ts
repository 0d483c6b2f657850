import { create } from 'zustand';
import type { FilterCondition } from '@shared/domain/filters/filterTypes';

type CompanyFilterState = {
  search: string;
  conditions: FilterCondition[];
  setSearch: (search: string) => void;
  addCondition: (condition: FilterCondition) => void;
  removeCondition: (index: number) => void;
  clearConditions: () => void;
};

// Search and filters survive leaving the view and coming back, for this session.
export const useCompanyFilterStore = create<CompanyFilterState>()((set) => ({
  search: '',
  conditions: [],
  setSearch: (search) => set({ search }),
  addCondition: (condition) => set((state) => ({ conditions: [...state.conditions, condition] })),
  removeCondition: (index) => set((state) => ({ conditions: state.conditions.filter((_, position) => position !== index) })),
  clearConditions: () => set({ conditions: [] }),
}));
