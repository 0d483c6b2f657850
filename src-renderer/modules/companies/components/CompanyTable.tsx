import { useCallback } from 'react';
import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import { RecordTable } from '../../../ui/RecordTable';
import type { CompanyColumns } from '../hooks/useCompanyColumns';
import type { CompanyRow } from '../hooks/useCompanyRows';
import { useCompanySelectionStore } from '../states/companySelectionStore';
import { useCompanyViewStore } from '../states/companyViewStore';
import { CompanyCell } from './CompanyCell';

export type CompanyTableProps = { ids: string[]; rowsById: ReadonlyMap<string, CompanyRow>; columns: CompanyColumns; owners: ReadonlyMap<string, string> };

const selectLabel = (company: CompanyRow | undefined) => `Select ${company?.name ?? 'company'}`;

// The companies as a virtual record table.
export function CompanyTable({ ids, rowsById, columns, owners }: CompanyTableProps) {
  const view = useCompanyViewStore();
  const { selected, toggle } = useCompanySelectionStore();
  const getRecord = useCallback((id: string) => rowsById.get(id), [rowsById]);
  const renderCell = useCallback((company: CompanyRow, column: CompanyColumn) => <CompanyCell company={company} column={column} owners={owners} />, [owners]);
  return (
    <RecordTable label="Companies" ids={ids} getRecord={getRecord} columnsById={columns.byId} view={view} defaultWidth={160} selected={selected} onToggle={toggle} selectLabel={selectLabel} renderCell={renderCell} />
  );
}
