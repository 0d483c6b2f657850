import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { defaultCompanyColumnIds } from '@shared/domain/companies/companyColumns';
import type { CompanySort } from '@shared/domain/companies/queryCompanies';

type CompanyViewState = {
  columns: string[];
  widths: Record<string, number>;
  sort: CompanySort;
  setColumns: (columns: string[]) => void;
  setWidths: (widths: Record<string, number>) => void;
  setSort: (sort: CompanySort) => void;
};

// Column choice, order, widths and sort of the companies table, remembered on this device.
export const useCompanyViewStore = create<CompanyViewState>()(
  persist(
    (set) => ({
      columns: defaultCompanyColumnIds,
      widths: {},
      sort: { column: 'sortName', descending: false },
      setColumns: (columns) => set({ columns }),
      setWidths: (widths) => set({ widths }),
      setSort: (sort) => set({ sort }),
    }),
    { name: 'outpost.view.companies', version: 1 },
  ),
);
