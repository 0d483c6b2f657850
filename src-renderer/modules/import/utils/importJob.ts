import type { RowError } from '@shared/import/importTypes';
import type { MatchField, MatchMode, SkippedRow } from '@shared/import/planImportChunk';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import { recordNouns } from './records/recordImportPlan';
import type { ImportJobRow } from '../../../db/rowTypes';
import type { ImportSettings } from './importSettings';

// A field's value before and after the import wrote it; custom attributes as `custom.<key>`.
export type ImportedUpdate = { id: string; before: Record<string, unknown>; after: Record<string, unknown> };

export type ImportCounts = { created: number; updated: number; merged: number; skipped: number; failed: number };

// What an import job remembers in its row of importJobs: enough to report and to revert it.
// It is written in the same transaction as each chunk, so it never misses a committed row.
export type ImportJobSummary = {
  mode: MatchMode;
  matchOn: MatchField;
  headers: string[];
  counts: ImportCounts;
  createdIds: string[];
  updates: ImportedUpdate[];
  // Companies, deals, tasks or events; contacts when absent (and in jobs from before the others).
  recordType?: RecordImportType;
  // Tag, list and company links the import added to contacts that were there before, and the
  // contact links it added to deals that were there before.
  addedLinks: { contactTags: string[]; contactLists: string[]; memberships: string[]; dealContacts?: string[] };
  // Contacts an events import made for people it did not know (as the ingest API does).
  createdContactIds?: string[];
  failedRows: RowError[];
  skippedRows: SkippedRow[];
  // What reading noticed but did not stop for: short rows, a stray quote.
  notices: Array<{ rowNumber: number; message: string }>;
  // `kept`: each field kept because it changed since the import, by its label and its record's
  // name (absent in reverts from before it was recorded).
  revert?: { at: string; restoredFields: number; keptFields: number; removedRecords: number; kept?: Array<{ record: string; field: string }> };
  // What going on after an interruption needs: the wizard's settings, the file's size, and the
  // last row of the file whose chunk committed. Jobs from before resuming existed have none.
  resume?: { settings: ImportSettings; fileSize: number; committedThroughRow: number };
};

export type ImportJob = Omit<ImportJobRow, 'summary'> & { summary: ImportJobSummary };

export function emptySummary(mode: MatchMode, matchOn: MatchField, headers: string[]): ImportJobSummary {
  return {
    mode,
    matchOn,
    headers,
    counts: { created: 0, updated: 0, merged: 0, skipped: 0, failed: 0 },
    createdIds: [],
    updates: [],
    addedLinks: { contactTags: [], contactLists: [], memberships: [] },
    failedRows: [],
    skippedRows: [],
    notices: [],
  };
}

// importJobs rows are written only by runImport and revertImport, always with this summary.
export function asImportJobs(rows: ImportJobRow[]): ImportJob[] {
  return rows as unknown as ImportJob[];
}

// What the job imported: "contact" and "contacts", or a company's, deal's, task's or event's.
export function importedNouns(job: ImportJob): [string, string] {
  return job.summary.recordType ? recordNouns[job.summary.recordType] : ['contact', 'contacts'];
}
