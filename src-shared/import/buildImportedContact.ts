import { contactFieldsSchema } from '../domain/contact';
import type { CustomValue } from '../domain/common';
import { coerceStandardValue, readCustomCell } from './coerceCell';
import type { CellError, ColumnMapping, ImportAttribute, ImportedContact, RowResult, StandardImportTarget, ValueFormat } from './importTypes';
import type { RecordImportType } from './records/importRecordTypes';
import { extraCellsError, schemaErrors, shortenCell } from './rowErrors';
import { splitFullName } from './splitFullName';
import { splitMultiValue } from './splitMultiValue';

export type RowContext = {
  headers: readonly string[];
  mapping: ColumnMapping;
  attributes: ReadonlyMap<string, ImportAttribute>;
  format: ValueFormat;
  // Set when the file holds companies, deals, tasks or events instead of contacts; values
  // without a currency column are in `defaultCurrency`.
  record?: { type: RecordImportType; defaultCurrency: string };
};

// Targets that are contact fields of the same name.
const directFields = new Set<StandardImportTarget>(['firstName', 'lastName', 'email', 'phone', 'externalId', 'status', 'source', 'city', 'country', 'language', 'about']);

// One row of the file as a contact, or every cell that is wrong with it: a row goes in whole or
// not at all. Empty cells are left out, so they never overwrite an existing value.
export function buildImportedContact(cells: readonly string[], rowNumber: number, context: RowContext): RowResult {
  const { headers, mapping, attributes, format } = context;
  const fields: ImportedContact['fields'] = {};
  const custom: Record<string, CustomValue> = {};
  const contact: ImportedContact = { fields, tagNames: [], listNames: [], companyName: '', jobTitle: '' };
  const errors: CellError[] = [];
  // Which column gave each field, to put schema errors on the right cell.
  const columnOf = new Map<string, number>();
  let fullName = '';
  let anyValue = false;

  mapping.forEach((target, column) => {
    const text = cells[column] ?? '';
    if (!target || !text.trim()) return;
    anyValue = true;
    const fail = (message: string) => errors.push({ column, header: headers[column] ?? `Column ${column + 1}`, value: shortenCell(text), message });
    if (target.startsWith('custom.')) {
      const problem = readCustomCell(target, text, column, attributes, format, custom, columnOf);
      if (problem) fail(problem);
      return;
    }
    const standard = target as StandardImportTarget;
    const value = coerceStandardValue(text, standard, format);
    if (!value.ok) return fail(value.message);
    if (directFields.has(standard)) {
      fields[standard] = value.value;
      columnOf.set(standard, column);
    } else if (standard === 'fullName') {
      fullName = value.value;
      columnOf.set('firstName', columnOf.get('firstName') ?? column).set('lastName', columnOf.get('lastName') ?? column);
    } else if (standard === 'linkedin') {
      fields.socialProfiles = { linkedin: value.value };
      columnOf.set('socialProfiles', column);
    } else if (standard === 'tags') contact.tagNames.push(...splitMultiValue(value.value, format.multiValueSeparator));
    else if (standard === 'lists') contact.listNames.push(...splitMultiValue(value.value, format.multiValueSeparator));
    else if (standard === 'company') contact.companyName = value.value;
    else if (standard === 'jobTitle') contact.jobTitle = value.value;
  });

  if (!anyValue) return { kind: 'empty', rowNumber };
  const extra = extraCellsError(cells, headers);
  if (extra) errors.unshift(extra);
  if (fullName && !fields.firstName && !fields.lastName) Object.assign(fields, splitFullName(fullName));
  if (Object.keys(custom).length > 0) fields.custom = custom;
  if (errors.length === 0) errors.push(...schemaErrors(contactFieldsSchema, fields, cells, headers, columnOf));
  if (errors.length > 0) return { kind: 'error', rowNumber, errors };
  return { kind: 'contact', rowNumber, contact };
}

export function describeRowErrors(errors: readonly CellError[]): string {
  return errors.map((error) => `${error.header}: ${error.message}`).join('; ');
}
