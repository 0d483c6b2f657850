import type { ColumnMapping, ImportAttribute, ValueFormat } from '@shared/import/importTypes';
import type { MatchField, MatchMode } from '@shared/import/planImportChunk';
import type { ImportFileFormat } from './importFileFormat';
import type { RecordImportSettings } from './records/recordImportSettings';

// Added to every contact of the import; owner and source only to the contacts it creates, so
// an update never reassigns someone's contact.
export type ImportBatchOptions = { tagNames: string[]; listName: string; ownerId: string | null; source: string };

// Everything the wizard decided about one file.
export type ImportSettings = {
  format: ImportFileFormat;
  // Rows above the header (notes some exports start with) are not imported.
  headerRowNumber: number;
  headers: string[];
  mapping: ColumnMapping;
  attributes: ImportAttribute[];
  valueFormat: ValueFormat;
  mode: MatchMode;
  matchOn: MatchField;
  batch: ImportBatchOptions;
  // Set when the file holds companies, deals, tasks or events; contacts otherwise.
  records?: RecordImportSettings;
};
