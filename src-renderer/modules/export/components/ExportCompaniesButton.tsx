import type { CompanyColumns } from '../../companies/hooks/useCompanyColumns';
import type { CompanyRow } from '../../companies/hooks/useCompanyRows';
import { useCompanySelectionStore } from '../../companies/states/companySelectionStore';
import { useCompanyViewStore } from '../../companies/states/companyViewStore';
import { buildRecordsCsv } from '../utils/buildRecordsCsv';
import { companyExportColumns } from '../utils/companyExportColumns';
import { exportScope } from '../utils/exportScope';
import { ExportButton } from './ExportButton';

export type ExportCompaniesButtonProps = { ids: readonly string[]; rowsById: ReadonlyMap<string, CompanyRow>; columns: CompanyColumns; owners: ReadonlyMap<string, string> };

// Exports the selected companies, or every company the table shows, as CSV.
export function ExportCompaniesButton({ ids, rowsById, columns, owners }: ExportCompaniesButtonProps) {
  const selected = useCompanySelectionStore((state) => state.selected);
  const visibleColumns = useCompanyViewStore((state) => state.columns);
  const target = exportScope(ids, selected);
  return (
    <ExportButton
      count={target.ids.length}
      noun={{ one: 'company', many: 'companies' }}
      scope={target.scope}
      baseName="Companies"
      fields={columns.all}
      defaultFieldIds={visibleColumns}
      fieldsDescription="Custom company attributes included; owners by name."
      buildCsv={(fieldIds, options, onProgress) => buildRecordsCsv(target.ids, (id) => rowsById.get(id), companyExportColumns(fieldIds.flatMap((id) => columns.byId.get(id) ?? []), owners), options, onProgress)}
    />
  );
}
