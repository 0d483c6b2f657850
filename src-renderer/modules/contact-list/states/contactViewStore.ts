import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { ContactSort } from '../utils/contactSnapshot';

export const defaultContactColumns = ['sortName', 'email', 'phone', 'status', 'companyIds', 'ownerId', 'updatedAt'];

type ContactViewState = {
  columns: string[];
  widths: Record<string, number>;
  sort: ContactSort;
  setColumns: (columns: string[]) => void;
  setWidths: (widths: Record<string, number>) => void;
  setSort: (sort: ContactSort) => void;
};

// Column choice, order, widths and sort of the contacts view, remembered on this device.
export const useContactViewStore = create<ContactViewState>()(
  persist(
    (set) => ({
      columns: defaultContactColumns,
      widths: {},
      sort: { column: 'sortName', descending: false },
      setColumns: (columns) => set({ columns }),
      setWidths: (widths) => set({ widths }),
      setSort: (sort) => set({ sort }),
    }),
    { name: 'outpost.view.contacts', version: 1 },
  ),
);
