import { create } from 'zustand';
import { toggleSelection, type Selection } from '../../../ui/utils/toggleSelection';

type CompanySelectionState = Selection & {
  toggle: (id: string, withShift: boolean, order: readonly string[]) => void;
  selectAll: (ids: readonly string[]) => void;
  clear: () => void;
};

export const useCompanySelectionStore = create<CompanySelectionState>()((set) => ({
  selected: new Set(),
  anchorId: null,
  toggle: (id, withShift, order) => set((state) => toggleSelection(state, id, withShift, order)),
  selectAll: (ids) => set({ selected: new Set(ids), anchorId: null }),
  clear: () => set({ selected: new Set(), anchorId: null }),
}));
