import type { RecordImportType, RecordMatchField } from '@shared/import/records/importRecordTypes';

// What the wizard decided for a file of companies, deals, tasks or events. The create/update
// mode is the settings' own `mode` (tasks are only created and events only appended).
export type RecordImportSettings = {
  type: RecordImportType;
  matchOn: RecordMatchField | null;
  // Of values in a file with no currency column (deals, event values).
  currency: string;
  // Of deal rows with no pipeline column; null for the first pipeline.
  pipelineId: string | null;
};

export function defaultRecordImportSettings(type: RecordImportType): RecordImportSettings {
  return { type, matchOn: type === 'companies' ? 'domain' : type === 'deals' ? 'externalId' : null, currency: 'EUR', pipelineId: null };
}
