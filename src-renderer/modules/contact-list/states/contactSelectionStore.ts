import { create } from 'zustand';

type ContactSelectionState = {
  selected: ReadonlySet<string>;
  anchorId: string | null;
  // Click toggles one; shift-click selects the range from the last clicked one in `order`.
  toggle: (id: string, withShift: boolean, order: readonly string[]) => void;
  selectAll: (ids: readonly string[]) => void;
  clear: () => void;
};

export const useContactSelectionStore = create<ContactSelectionState>()((set) => ({
  selected: new Set(),
  anchorId: null,
  toggle: (id, withShift, order) =>
    set((state) => {
      const next = new Set(state.selected);
      if (withShift && state.anchorId) {
        const from = order.indexOf(state.anchorId);
        const to = order.indexOf(id);
        if (from >= 0 && to >= 0) {
          for (const rangeId of order.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(rangeId);
          return { selected: next, anchorId: id };
        }
      }
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return { selected: next, anchorId: id };
    }),
  selectAll: (ids) => set({ selected: new Set(ids), anchorId: null }),
  clear: () => set({ selected: new Set(), anchorId: null }),
}));
