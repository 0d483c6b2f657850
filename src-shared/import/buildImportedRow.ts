import { buildImportedContact, type RowContext } from './buildImportedContact';
import type { RowResult } from './importTypes';
import { buildImportedRecord } from './records/buildImportedRecord';

// One row of the file as what the file holds: a contact, or a company, deal, task or event.
export function buildImportedRow(cells: readonly string[], rowNumber: number, context: RowContext): RowResult {
  return context.record ? buildImportedRecord(cells, rowNumber, context) : buildImportedContact(cells, rowNumber, context);
}
