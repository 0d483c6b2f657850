import { contactFieldsSchema } from '../domain/contact';
import type { CustomValue } from '../domain/common';
import { coerceCustomValue, coerceStandardValue } from './coerceCell';
import type { CellError, ColumnMapping, ImportAttribute, ImportedContact, RowResult, StandardImportTarget, ValueFormat } from './importTypes';
import { splitFullName } from './splitFullName';
import { splitMultiValue } from './splitMultiValue';

export type RowContext = {
  headers: readonly string[];
  mapping: ColumnMapping;
  attributes: ReadonlyMap<string, ImportAttribute>;
  format: ValueFormat;
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
    const fail = (message: string) => errors.push({ column, header: headers[column] ?? `Column ${column + 1}`, value: shorten(text), message });
    if (target.startsWith('custom.')) {
      const key = target.slice('custom.'.length);
      const attribute = attributes.get(key);
      if (!attribute) return fail(`There is no custom attribute "${key}"`);
      const value = coerceCustomValue(text, attribute, format);
      if (!value.ok) return fail(value.message);
      custom[key] = value.value;
      columnOf.set(target, column);
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
  // Cells past the header's mean a delimiter inside an unquoted value: every value may be shifted.
  const extra = cells.slice(headers.length).some((cell) => cell.trim());
  if (extra) {
    errors.unshift({ column: headers.length, header: `Column ${headers.length + 1}`, value: '', message: `The row has ${cells.length} cells and the header ${headers.length}; is a delimiter inside an unquoted value?` });
  }
  if (fullName && !fields.firstName && !fields.lastName) Object.assign(fields, splitFullName(fullName));
  if (Object.keys(custom).length > 0) fields.custom = custom;
  if (errors.length === 0) errors.push(...schemaErrors(fields, cells, headers, columnOf));
  if (errors.length > 0) return { kind: 'error', rowNumber, errors };
  return { kind: 'contact', rowNumber, contact };
}

// What the contact schema refuses (a name over 200 characters, a 20,000-character custom text).
function schemaErrors(fields: ImportedContact['fields'], cells: readonly string[], headers: readonly string[], columnOf: Map<string, number>): CellError[] {
  const parsed = contactFieldsSchema.safeParse(fields);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const column = columnOf.get(issue.path.slice(0, 2).join('.')) ?? columnOf.get(String(issue.path[0])) ?? -1;
    return { column, header: headers[column] ?? issue.path.join('.'), value: shorten(cells[column] ?? ''), message: issue.message };
  });
}

export function describeRowErrors(errors: readonly CellError[]): string {
  return errors.map((error) => `${error.header}: ${error.message}`).join('; ');
}

// Error reports quote the start of a cell, never a whole megabyte of it.
function shorten(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}
