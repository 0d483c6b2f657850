import { create } from 'zustand';
import { toggleSelection, type Selection } from '../../../ui/utils/toggleSelection';

export type SelectionState = Selection & {
  // Click toggles one; shift-click selects the range from the last clicked one in `order`.
  toggle: (id: string, withShift: boolean, order: readonly string[]) => void;
  selectAll: (ids: readonly string[]) => void;
  clear: () => void;
};

// A record table's selected rows; each table has its own.
export function createSelectionStore() {
  return create<SelectionState>()((set) => ({
    selected: new Set(),
    anchorId: null,
    toggle: (id, withShift, order) => set((state) => toggleSelection(state, id, withShift, order)),
    selectAll: (ids) => set({ selected: new Set(ids), anchorId: null }),
    clear: () => set({ selected: new Set(), anchorId: null }),
  }));
}
