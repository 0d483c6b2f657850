import { create } from 'zustand';
import type { TicketSort } from '../utils/sortTickets';
import { emptyTicketFilter, type TicketFilter } from '../utils/ticketFilter';

export type TicketLayout = 'inbox' | 'board';

type TicketViewState = {
  layout: TicketLayout;
  filter: TicketFilter;
  sort: TicketSort;
  setLayout: (layout: TicketLayout) => void;
  setFilter: (change: Partial<TicketFilter>) => void;
  clearFilter: () => void;
  setSort: (sort: TicketSort) => void;
};

// Layout, filters and sort survive leaving the Tickets section and coming back, for this session.
export const useTicketViewStore = create<TicketViewState>()((set) => ({
  layout: 'inbox',
  filter: emptyTicketFilter,
  sort: 'updated',
  setLayout: (layout) => set({ layout }),
  setFilter: (change) => set((state) => ({ filter: { ...state.filter, ...change } })),
  clearFilter: () => set({ filter: emptyTicketFilter }),
  setSort: (sort) => set({ sort }),
}));
