import { contactStatuses } from '../domain/contact';
import { emailSchema, type CustomValue } from '../domain/common';
import { foldText } from '../text/foldText';
import { parsePhoneToE164 } from '../text/phoneNumber';
import type { ImportAttribute, StandardImportTarget, ValueFormat } from './importTypes';
import { parseBooleanCell } from './parseBooleanCell';
import { parseCountryCell } from './parseCountryCell';
import { parseDateCell } from './parseDateCell';
import { parseLocaleNumber } from './parseLocaleNumber';
import { splitMultiValue } from './splitMultiValue';

export type Coerced<T> = { ok: true; value: T } | { ok: false; message: string };

function matchChoice(text: string, options: ImportAttribute['options']): string | null {
  const wanted = foldText(text.trim());
  return options.find((option) => foldText(option.value) === wanted || foldText(option.label) === wanted)?.value ?? null;
}

// A custom attribute's value from a non-empty cell, in the attribute's type.
export function coerceCustomValue(text: string, attribute: ImportAttribute, format: ValueFormat): Coerced<CustomValue> {
  switch (attribute.type) {
    case 'text':
      return { ok: true, value: text.trim() };
    case 'integer':
    case 'float': {
      const number = parseLocaleNumber(text, format.decimalSeparator);
      if (!number.ok) return number;
      if (attribute.type === 'integer' && !Number.isInteger(number.value)) return { ok: false, message: `"${text}" is not a whole number` };
      return number;
    }
    case 'boolean':
      return parseBooleanCell(text);
    case 'date': {
      const date = parseDateCell(text, format.dateOrder);
      return date.ok ? { ok: true, value: date.date } : date;
    }
    case 'datetime': {
      const date = parseDateCell(text, format.dateOrder);
      if (!date.ok) return date;
      // Without a zone the time is this device's local time, as the spreadsheet showed it.
      const local = new Date(`${date.date}T${date.time ?? '00:00:00'}`);
      return Number.isNaN(local.getTime()) ? { ok: false, message: `"${text}" is not a date and time` } : { ok: true, value: local.toISOString() };
    }
    case 'choice': {
      const value = matchChoice(text, attribute.options);
      return value ? { ok: true, value } : { ok: false, message: `"${text}" is not one of ${attribute.options.map((option) => option.label).join(', ')}` };
    }
    case 'multichoice': {
      const values: string[] = [];
      for (const part of splitMultiValue(text, format.multiValueSeparator)) {
        const value = matchChoice(part, attribute.options);
        if (!value) return { ok: false, message: `"${part}" is not one of ${attribute.options.map((option) => option.label).join(', ')}` };
        if (!values.includes(value)) values.push(value);
      }
      return { ok: true, value: values };
    }
  }
}

// A `custom.<key>` cell read into `custom`, its column noted in `columnOf` (for schema errors);
// what is wrong with the cell, or null.
export function readCustomCell(target: string, text: string, column: number, attributes: ReadonlyMap<string, ImportAttribute>, format: ValueFormat, custom: Record<string, CustomValue>, columnOf: Map<string, number>): string | null {
  const key = target.slice('custom.'.length);
  const attribute = attributes.get(key);
  if (!attribute) return `There is no custom attribute "${key}"`;
  const value = coerceCustomValue(text, attribute, format);
  if (!value.ok) return value.message;
  custom[key] = value.value;
  columnOf.set(target, column);
  return null;
}

// A standard field's value from a non-empty cell; names and free text pass through trimmed.
export function coerceStandardValue(text: string, target: StandardImportTarget, format: ValueFormat): Coerced<string> {
  switch (target) {
    case 'email': {
      const email = emailSchema.safeParse(text);
      return email.success ? { ok: true, value: email.data } : { ok: false, message: `"${text}" is not an email address` };
    }
    case 'phone': {
      const phone = parsePhoneToE164(text, format.defaultCountry);
      return phone.ok ? { ok: true, value: phone.e164 } : { ok: false, message: `"${text}": ${phone.message}` };
    }
    case 'country': {
      const country = parseCountryCell(text);
      return country.ok ? { ok: true, value: country.code } : country;
    }
    case 'status': {
      const status = contactStatuses.find((candidate) => foldText(candidate) === foldText(text.trim()));
      return status ? { ok: true, value: status } : { ok: false, message: `"${text}" is not a status (${contactStatuses.join(', ')})` };
    }
    case 'about':
      return { ok: true, value: text };
    default:
      return { ok: true, value: text.trim() };
  }
}
