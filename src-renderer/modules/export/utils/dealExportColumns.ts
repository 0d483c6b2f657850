import type { ContactColumn } from '@shared/domain/contactColumns';
import { dealStatuses } from '@shared/domain/deal';
import { dealStatusLabels } from '@shared/domain/deals/dealStatus';
import type { StoredRecord } from '../../../db/rowTypes';
import { columnExports, nameColumn, type ExportColumn } from './columnExports';

export type DealExportNames = { stages: ReadonlyMap<string, string>; owners: ReadonlyMap<string, string>; companies: ReadonlyMap<string, string> };

// What a deal export can hold; its custom attributes are added after these.
export const standardDealExportFields: ContactColumn[] = [
  { id: 'title', label: 'Deal', type: 'text' },
  { id: 'stageId', label: 'Stage', type: 'reference' },
  { id: 'valueMinor', label: 'Value', type: 'float' },
  { id: 'currency', label: 'Currency', type: 'text' },
  { id: 'status', label: 'Status', type: 'choice', options: dealStatuses.map((status) => ({ value: status, label: dealStatusLabels[status] })) },
  { id: 'lostReason', label: 'Lost reason', type: 'text' },
  { id: 'expectedCloseDate', label: 'Expected close', type: 'date' },
  { id: 'wonAt', label: 'Won at', type: 'datetime' },
  { id: 'lostAt', label: 'Lost at', type: 'datetime' },
  { id: 'ownerId', label: 'Owner', type: 'reference' },
  { id: 'companyId', label: 'Company', type: 'reference' },
  { id: 'externalId', label: 'External id', type: 'text' },
  { id: 'about', label: 'About', type: 'text' },
  { id: 'createdAt', label: 'Created', type: 'datetime' },
  { id: 'updatedAt', label: 'Updated', type: 'datetime' },
];

export const defaultDealExportFieldIds = ['title', 'stageId', 'valueMinor', 'currency', 'status', 'expectedCloseDate', 'ownerId', 'companyId'];

// Values are stored in minor units; a spreadsheet wants 1234.50, with the currency's own digits.
function majorUnits(valueMinor: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (valueMinor / 10 ** digits).toFixed(digits);
}

export function dealExportColumns(columns: readonly ContactColumn[], names: DealExportNames): Array<ExportColumn<StoredRecord<'deals'>>> {
  return columnExports<StoredRecord<'deals'>>(columns, {
    stageId: (column) => [nameColumn(column.label, (deal) => deal.stageId, names.stages)],
    valueMinor: (column) => [{ header: column.label, cell: (deal) => majorUnits(deal.valueMinor, deal.currency) }],
    ownerId: (column) => [nameColumn(column.label, (deal) => deal.ownerId, names.owners)],
    companyId: (column) => [nameColumn(column.label, (deal) => deal.companyId, names.companies)],
  });
}
