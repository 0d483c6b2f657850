import type { CompanyColumn } from '@shared/domain/companies/companyColumns';
import type { CompanyRow } from '../../companies/hooks/useCompanyRows';
import { columnExports, nameColumn, type ExportColumn } from './columnExports';

// The companies table's columns as CSV columns: the name as written, owners by name.
export function companyExportColumns(columns: readonly CompanyColumn[], owners: ReadonlyMap<string, string>): Array<ExportColumn<CompanyRow>> {
  return columnExports<CompanyRow>(columns, {
    sortName: (column) => [{ header: column.label, cell: (company) => company.name }],
    ownerId: (column) => [nameColumn(column.label, (company) => company.ownerId, owners)],
  });
}
