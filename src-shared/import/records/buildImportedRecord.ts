import type { CustomValue } from '../../domain/common';
import { toMinorUnits } from '../../domain/deals/dealMoney';
import { recordSchemas } from '../../domain/recordSchemas';
import type { RowContext } from '../buildImportedContact';
import { readCustomCell } from '../coerceCell';
import type { CellError, RowResult } from '../importTypes';
import { extraCellsError, schemaErrors, shortenCell } from '../rowErrors';
import type { RecordImportType } from './importRecordTypes';
import { coerceRecordCell } from './coerceRecordCell';
import { recordTargetSpec, type RecordRef } from './recordImportTargets';

// A company, deal, task or event as one row of the file gives it: the record's fields the row
// has a value for (an update never blanks out what the file leaves empty), and the names of the
// records it points at, resolved to ids when the row is planned.
export type ImportedRecord = {
  fields: Record<string, unknown>;
  refs: Partial<Record<RecordRef, string>>;
  // A task's done/open cell; undefined when the row does not say.
  done?: boolean;
};

// What a row must have, by type, beyond what its schema requires of a partial record.
const requirements: Record<RecordImportType, (record: ImportedRecord) => string | null> = {
  companies: (record) => (record.fields.name ? null : 'A company needs a name or a domain'),
  deals: (record) => (record.fields.title ? null : 'A deal needs a title'),
  tasks: (record) => (record.fields.title ? null : 'A task needs a title'),
  events: (record) => {
    if (!record.fields.name) return 'An event needs a name';
    if (!record.fields.time) return 'An event needs a time';
    const { contactExternalId, contactEmail, visitorId } = record.refs;
    return contactExternalId || contactEmail || visitorId ? null : 'No contact: the row has no contact external id, email or visitor id';
  },
};

// One row of the file as a record of `context.record.type`, or every cell that is wrong with
// it: a row goes in whole or not at all.
export function buildImportedRecord(cells: readonly string[], rowNumber: number, context: RowContext): RowResult {
  const { headers, mapping, attributes, format } = context;
  const { type, defaultCurrency } = context.record as NonNullable<RowContext['record']>;
  const fields: Record<string, unknown> = {};
  const custom: Record<string, CustomValue> = {};
  const properties: Record<string, string> = {};
  const record: ImportedRecord = { fields, refs: {} };
  const errors: CellError[] = [];
  const columnOf = new Map<string, number>();
  let anyValue = false;

  mapping.forEach((target, column) => {
    const text = cells[column] ?? '';
    if (!target || !text.trim()) return;
    anyValue = true;
    const header = headers[column] ?? `Column ${column + 1}`;
    const fail = (message: string) => errors.push({ column, header, value: shortenCell(text), message });
    if (target.startsWith('property.')) {
      const name = target.slice('property.'.length);
      properties[name] = text.trim();
      columnOf.set(`properties.${name}`, column);
      return;
    }
    if (target.startsWith('custom.')) {
      const problem = readCustomCell(target, text, column, attributes, format, custom, columnOf);
      if (problem) fail(problem);
      return;
    }
    const spec = recordTargetSpec(type, target);
    if (!spec) return fail(`${type} have no field "${target}"`);
    const value = coerceRecordCell(text, spec.kind, format);
    if (!value.ok) return fail(value.message);
    if (spec.ref) record.refs[spec.ref] = String(value.value);
    else if (spec.kind === 'done') record.done = value.value as boolean;
    else if (spec.field) {
      fields[spec.field] = value.value;
      columnOf.set(spec.field, column);
    }
  });

  if (!anyValue) return { kind: 'empty', rowNumber };
  const extra = extraCellsError(cells, headers);
  if (extra) errors.unshift(extra);
  if (Object.keys(custom).length > 0) fields.custom = custom;
  if (Object.keys(properties).length > 0) fields.properties = properties;
  if (type === 'companies' && !fields.name && fields.domain) fields.name = fields.domain;
  // Amounts are written in major units (12.50) and stored in the currency's minor units (1250).
  const currency = (fields.currency as string | undefined) ?? defaultCurrency;
  if (typeof fields.valueMinor === 'number') fields.valueMinor = toMinorUnits(fields.valueMinor, currency);
  if (type === 'events' && (fields.productId || fields.productName)) fields.kind = 'product';
  if (errors.length === 0) {
    const missing = requirements[type](record);
    if (missing) errors.push({ column: -1, header: 'Row', value: '', message: missing });
  }
  if (errors.length === 0) errors.push(...schemaErrors(recordSchemas[type].partial(), fields, cells, headers, columnOf));
  if (errors.length > 0) return { kind: 'error', rowNumber, errors };
  return { kind: 'record', rowNumber, record, cells: [...cells] };
}
