import type { ImportedRecord } from '@shared/import/records/buildImportedRecord';
import type { RecordImportType } from '@shared/import/records/importRecordTypes';
import type { SkippedRow } from '@shared/import/planImportChunk';
import type { PlannedRecordWrite, RecordMatchPlan } from '@shared/import/records/planRecordMatches';

export type RecordRow = { rowNumber: number; record: ImportedRecord };

// One record to write: its fields (ids of what the row named already resolved), and for deals
// the company named by the row (found or created when written, as contacts' companies are) and
// the contacts to link.
export type RecordWrite = { id: string; rowNumbers: number[]; fields: Record<string, unknown>; createdByImport: boolean; companyName?: string; contactIds?: string[] };

export type RecordChunkPlan = {
  creates: RecordWrite[];
  updates: RecordWrite[];
  // Rows refused while planning (a stage the pipeline lacks, a contact not found), with why.
  failed: SkippedRow[];
  skipped: SkippedRow[];
  mergedRows: number;
  // Contacts the chunk's events need that are not there yet (as the ingest API makes them).
  newContacts: Array<{ id: string; fields: Record<string, unknown> }>;
};

// Plans the rows of one type, a chunk at a time, remembering what earlier chunks created.
export type RecordPlanner = (rows: RecordRow[]) => Promise<RecordChunkPlan>;

export function emptyRecordPlan(): RecordChunkPlan {
  return { creates: [], updates: [], failed: [], skipped: [], mergedRows: 0, newContacts: [] };
}

// Two rows of one file about the same record: the later row's values win, empty cells keep
// the earlier ones, custom values merge and linked contacts add up.
export function mergeRecordWrites(earlier: RecordWriteValue, later: RecordWriteValue): RecordWriteValue {
  const fields = { ...earlier.fields, ...later.fields };
  if (earlier.fields.custom || later.fields.custom) fields.custom = { ...(earlier.fields.custom as object), ...(later.fields.custom as object) };
  return { fields, companyName: later.companyName ?? earlier.companyName, contactIds: [...new Set([...(earlier.contactIds ?? []), ...(later.contactIds ?? [])])] };
}

export const recordNouns: Record<RecordImportType, [string, string]> = {
  companies: ['company', 'companies'],
  deals: ['deal', 'deals'],
  tasks: ['task', 'tasks'],
  events: ['event', 'events'],
};

export type RecordWriteValue = Omit<RecordWrite, 'id' | 'rowNumbers' | 'createdByImport'>;

export function toRecordWrite(write: PlannedRecordWrite<RecordWriteValue>): RecordWrite {
  return { id: write.id, rowNumbers: write.rowNumbers, createdByImport: write.createdByImport, ...write.value };
}

// The matcher's decisions as the chunk's plan, beside the rows refused while resolving names.
export function withMatches(plan: RecordChunkPlan, matched: RecordMatchPlan<RecordWriteValue>): RecordChunkPlan {
  return { ...plan, creates: matched.creates.map(toRecordWrite), updates: matched.updates.map(toRecordWrite), skipped: matched.skipped, mergedRows: matched.mergedRows };
}
