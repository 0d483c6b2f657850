import { useMemo } from 'react';
import type { StoredRecord } from '../../../db/rowTypes';
import type { DealNames } from '../../deals/utils/dealNames';
import { useExportFields } from '../hooks/useExportFields';
import { buildRecordsCsv } from '../utils/buildRecordsCsv';
import { dealExportColumns, defaultDealExportFieldIds, standardDealExportFields } from '../utils/dealExportColumns';
import { ExportButton } from './ExportButton';

export type ExportDealsButtonProps = { deals: ReadonlyArray<StoredRecord<'deals'>>; stages: ReadonlyArray<StoredRecord<'stages'>>; names: DealNames };

// Exports the deals the board or list shows (the pipeline's, filtered) as CSV.
export function ExportDealsButton({ deals, stages, names }: ExportDealsButtonProps) {
  const fields = useExportFields('deal', standardDealExportFields);
  const byId = useMemo(() => new Map(deals.map((deal) => [deal.id, deal])), [deals]);
  const stageNames = useMemo(() => new Map(stages.map((stage) => [stage.id, stage.name])), [stages]);
  return (
    <ExportButton
      count={deals.length}
      noun={{ one: 'deal', many: 'deals' }}
      scope="in this view"
      baseName="Deals"
      fields={fields.all}
      defaultFieldIds={defaultDealExportFieldIds}
      fieldsDescription="Custom deal attributes included; values in major units (12.50), stages, owners and companies by name."
      buildCsv={(fieldIds, options, onProgress) =>
        buildRecordsCsv([...byId.keys()], (id) => byId.get(id), dealExportColumns(fieldIds.flatMap((id) => fields.byId.get(id) ?? []), { ...names, stages: stageNames }), options, onProgress)
      }
    />
  );
}
