import type { RecordMeta } from '@shared/domain/common';
import type { RecordFields, SyncedTable } from '@shared/domain/recordSchemas';
import type { RecordWrite } from '@shared/sync/recordWrite';

// Fields derived on this device for indexing and sorting; never synced.
type SortAndSearch = { sortName: string; searchTokens: string[] };

export type DerivedFields = {
  contacts: SortAndSearch & { identified: 0 | 1; tagIds: string[]; listIds: string[]; companyIds: string[] };
  companies: SortAndSearch;
  deals: SortAndSearch & { contactIds: string[] };
};

export type StoredRecord<T extends SyncedTable> = RecordFields<T> &
  RecordMeta &
  (T extends keyof DerivedFields ? DerivedFields[T] : Record<never, never>);

export type OutboxRow = {
  seq?: number;
  createdAt: string;
  writes: RecordWrite[];
};

// Local key/value rows for sync bookkeeping (outbox counter, last clock value, cursors).
export type SyncMetaRow = { key: string; value: unknown };

// Device-local settings such as the signed-in agent; never synced.
export type SettingRow = { key: string; value: unknown };

export type ImportJobRow = {
  id: string;
  createdAt: string;
  updatedAt: string;
  fileName: string;
  status: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  totalRows: number;
  processedRows: number;
  errorCount: number;
  summary: Record<string, unknown>;
};
