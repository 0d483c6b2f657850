import type { AttributeType } from '../domain/attribute';
import type { CustomValue } from '../domain/common';
import type { ImportedRecord } from './records/buildImportedRecord';
import type { PropertyImportTarget, RecordImportTarget } from './records/recordImportTargets';

// Where a column's values go. `fullName` is split into first and last name; `tags` and `lists`
// hold names split by the multi-value separator; custom attributes are `custom.<key>`.
export const standardImportTargets = [
  'firstName',
  'lastName',
  'fullName',
  'email',
  'phone',
  'externalId',
  'status',
  'source',
  'city',
  'country',
  'language',
  'about',
  'linkedin',
  'company',
  'jobTitle',
  'tags',
  'lists',
] as const;
export type StandardImportTarget = (typeof standardImportTargets)[number];
// Companies, deals, tasks and events have targets of their own (./records).
export type ImportTarget = StandardImportTarget | RecordImportTarget | PropertyImportTarget | `custom.${string}`;

// One entry per column of the file, in order; null ignores the column.
export type ColumnMapping = Array<ImportTarget | null>;

// The custom attributes a file can fill (what the coercion needs of a definition).
export type ImportAttribute = { key: string; label: string; type: AttributeType; options: Array<{ value: string; label: string }> };

export type DateOrder = 'DMY' | 'MDY';

export type ValueFormat = {
  // For dates like 03/04/2025 that read both ways; 2025-04-03 and 3.4.2025 are never ambiguous.
  dateOrder: DateOrder;
  // The decimal mark of the file's numbers; the other one is taken as a thousands separator.
  decimalSeparator: '.' | ',';
  // Splits tags, lists and multiple-choice cells.
  multiValueSeparator: string;
  // Country of phone numbers written without a + and a country code.
  defaultCountry: string;
};

export const defaultValueFormat: ValueFormat = { dateOrder: 'DMY', decimalSeparator: '.', multiValueSeparator: '|', defaultCountry: '' };

export type CellError = { column: number; header: string; value: string; message: string };

// A contact as one row of the file gives it: only the fields the row has a value for, so an
// update never blanks out what the file leaves empty.
export type ImportedContact = {
  fields: Record<string, unknown> & { custom?: Record<string, CustomValue> };
  tagNames: string[];
  listNames: string[];
  companyName: string;
  jobTitle: string;
};

export type RowResult =
  | { kind: 'contact'; rowNumber: number; contact: ImportedContact }
  // A record keeps its cells: a name it gives may still be refused when the row is planned.
  | { kind: 'record'; rowNumber: number; record: ImportedRecord; cells: string[] }
  | { kind: 'empty'; rowNumber: number }
  | { kind: 'error'; rowNumber: number; errors: CellError[] };

export type RowError = { rowNumber: number; reason: string; cells: string[] };
