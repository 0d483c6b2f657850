import type { AttributeDefinitionFields } from '@shared/domain/attribute';
import type { CustomValue } from '@shared/domain/common';
import { contactFieldsSchema, type ContactFields } from '@shared/domain/contact';
import type { RecordInput } from '@shared/domain/recordSchemas';
import { isSafeExternalUrl } from '@shared/security/isSafeExternalUrl';
import { formatPhoneForDisplay, parsePhoneToE164 } from '@shared/text/phoneNumber';
import { RecordValidationError, type FieldIssue } from '../../../db/errors';

export const socialProfileKeys = ['linkedin', 'x', 'github', 'website'] as const;

export type FormAttribute = Pick<AttributeDefinitionFields, 'key' | 'label' | 'type' | 'options'>;
// What a control holds: text, a number (or the text of one being typed), a flag, chosen options.
export type CustomFormValue = string | number | boolean | string[] | null;
export type ContactPatch = Partial<RecordInput<'contacts'>>;

export type ContactFormValues = {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  externalId: string;
  status: ContactFields['status'];
  ownerId: string | null;
  source: string;
  city: string;
  country: string;
  language: string;
  socialProfiles: Record<string, string>;
  about: string;
  custom: Record<string, CustomFormValue>;
};

type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = (message: string): ParseResult<never> => ({ ok: false, message });

const pad = (value: number) => String(value).padStart(2, '0');
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

// `<input type="datetime-local">` speaks local wall-clock time without a zone; we store ISO.
export function isoToLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localDateTimeToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function isCalendarDate(text: string): boolean {
  if (!isoDatePattern.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export function customToFormValue(attribute: FormAttribute, stored: CustomValue | undefined): CustomFormValue {
  switch (attribute.type) {
    case 'text':
      return stored === null || stored === undefined ? '' : String(stored);
    case 'integer':
    case 'float':
      return typeof stored === 'number' ? stored : '';
    case 'boolean':
      return stored === true;
    case 'date':
      return typeof stored === 'string' ? stored : '';
    case 'datetime':
      return typeof stored === 'string' ? isoToLocalDateTime(stored) : '';
    case 'choice':
      return typeof stored === 'string' ? stored : null;
    case 'multichoice':
      return Array.isArray(stored) ? stored : typeof stored === 'string' ? [stored] : [];
  }
}

// A control's value as the stored custom value; null clears it.
export function parseCustomFormValue(attribute: FormAttribute, value: CustomFormValue | undefined): ParseResult<CustomValue> {
  const text = typeof value === 'string' ? value.trim() : '';
  const known = new Set(attribute.options.map((option) => option.value));
  switch (attribute.type) {
    case 'text':
      return ok(text || null);
    case 'integer':
    case 'float': {
      if (value === null || value === undefined || value === '') return ok(null);
      const number = typeof value === 'number' ? value : Number(text);
      if (typeof value === 'boolean' || Array.isArray(value) || !Number.isFinite(number)) return fail('Enter a number');
      if (attribute.type === 'integer' && !Number.isInteger(number)) return fail('Enter a whole number');
      return ok(number);
    }
    case 'boolean':
      return ok(value === true);
    case 'date':
      if (!text) return ok(null);
      return isCalendarDate(text) ? ok(text) : fail('Enter a date like 2025-01-31');
    case 'datetime': {
      if (!text) return ok(null);
      const iso = localDateTimeToIso(text);
      return iso ? ok(iso) : fail('Enter a date and a time');
    }
    case 'choice':
      if (!text) return ok(null);
      return known.has(text) ? ok(text) : fail('Pick one of the options');
    case 'multichoice': {
      const chosen = Array.isArray(value) ? value : [];
      if (chosen.length === 0) return ok(null);
      return chosen.every((choice) => known.has(choice)) ? ok(chosen) : fail('Pick only listed options');
    }
  }
}

export function emptyContactFormValues(attributes: FormAttribute[]): ContactFormValues {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    externalId: '',
    status: 'lead',
    ownerId: null,
    source: '',
    city: '',
    country: '',
    language: '',
    socialProfiles: Object.fromEntries(socialProfileKeys.map((key) => [key, ''])),
    about: '',
    custom: Object.fromEntries(attributes.map((attribute) => [attribute.key, customToFormValue(attribute, undefined)])),
  };
}

// The phone is shown as the viewer reads it (national for the home country); unchanged, it is
// never re-parsed, so a stored number libphonenumber doubts does not block other edits.
export function contactToFormValues(contact: ContactFields, attributes: FormAttribute[], homeCountry?: string): ContactFormValues {
  const empty = emptyContactFormValues([]);
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email ?? '',
    phone: contact.phone ? formatPhoneForDisplay(contact.phone, homeCountry) : '',
    externalId: contact.externalId ?? '',
    status: contact.status,
    ownerId: contact.ownerId,
    source: contact.source,
    city: contact.city,
    country: contact.country,
    language: contact.language,
    socialProfiles: { ...empty.socialProfiles, ...contact.socialProfiles },
    about: contact.about,
    custom: Object.fromEntries(attributes.map((attribute) => [attribute.key, customToFormValue(attribute, contact.custom[attribute.key])])),
  };
}

// Form paths are field names, `socialProfiles.<key>` or `custom.<key>` (as in validation issues).
export function getFormValue(values: ContactFormValues, path: string): unknown {
  const [head, key = ''] = splitPath(path);
  if (head === 'custom') return values.custom[key];
  if (head === 'socialProfiles') return values.socialProfiles[key] ?? '';
  return values[head as keyof ContactFormValues];
}

export function withFormValue(values: ContactFormValues, path: string, value: unknown): ContactFormValues {
  const [head, key = ''] = splitPath(path);
  if (head === 'custom') return { ...values, custom: { ...values.custom, [key]: value as CustomFormValue } };
  if (head === 'socialProfiles') return { ...values, socialProfiles: { ...values.socialProfiles, [key]: String(value ?? '') } };
  return { ...values, [head]: value };
}

function splitPath(path: string): [string, string?] {
  const dot = path.indexOf('.');
  return dot === -1 ? [path] : [path.slice(0, dot), path.slice(dot + 1)];
}

function parseLanguage(text: string): ParseResult<string> {
  if (!text) return ok('');
  try {
    return ok(Intl.getCanonicalLocales(text)[0] ?? text);
  } catch {
    return fail('Use a language code like en or pt-BR');
  }
}

// People paste "linkedin.com/in/ada"; links are stored with their scheme.
function parseProfileUrl(text: string): ParseResult<string> {
  const url = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`;
  return /^https?:/i.test(url) && isSafeExternalUrl(url) ? ok(url) : fail('Enter a web address like https://example.com');
}

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const plainTextFields = ['firstName', 'lastName', 'source', 'city', 'about'] as const;

// The fields that differ from `initial` as a mutation patch (the empty form for a new
// contact), checked with the record schema too so every wrong field is reported at once.
// Throws RecordValidationError with issues named by form path.
export function toContactPatch(values: ContactFormValues, initial: ContactFormValues, attributes: FormAttribute[], homeCountry?: string): ContactPatch {
  const patch: ContactPatch = {};
  const issues: FieldIssue[] = [];
  const changed = (path: string) => !sameValue(getFormValue(values, path), getFormValue(initial, path));
  const take = <T>(field: string, result: ParseResult<T>, apply: (value: T) => void) => {
    if (result.ok) apply(result.value);
    else issues.push({ field, message: result.message });
  };

  for (const field of plainTextFields) if (changed(field)) patch[field] = values[field];
  if (changed('email')) patch.email = values.email.trim() || null;
  if (changed('phone')) {
    const phone = values.phone.trim();
    if (!phone) patch.phone = null;
    else {
      const parsed = parsePhoneToE164(phone, homeCountry);
      if (parsed.ok) patch.phone = parsed.e164;
      else issues.push({ field: 'phone', message: parsed.message });
    }
  }
  if (changed('externalId')) patch.externalId = values.externalId.trim() || null;
  if (changed('status')) patch.status = values.status;
  if (changed('ownerId')) patch.ownerId = values.ownerId || null;
  if (changed('country')) patch.country = values.country.trim().toUpperCase();
  if (changed('language')) take('language', parseLanguage(values.language.trim()), (language) => (patch.language = language));

  const profileKeys = Object.keys(values.socialProfiles);
  if (profileKeys.some((key) => changed(`socialProfiles.${key}`))) {
    const profiles: Record<string, string> = {};
    for (const key of profileKeys) {
      const text = (values.socialProfiles[key] ?? '').trim();
      if (!text) continue;
      if (changed(`socialProfiles.${key}`)) take(`socialProfiles.${key}`, parseProfileUrl(text), (url) => (profiles[key] = url));
      else profiles[key] = text;
    }
    patch.socialProfiles = profiles;
  }

  const custom: Record<string, CustomValue> = {};
  for (const attribute of attributes) {
    const path = `custom.${attribute.key}`;
    if (!changed(path)) continue;
    take(path, parseCustomFormValue(attribute, values.custom[attribute.key]), (value) => {
      const before = parseCustomFormValue(attribute, initial.custom[attribute.key]);
      // Typing and erasing again, or a blank turned into another blank, writes nothing.
      if (!(before.ok && sameValue(before.value, value))) custom[attribute.key] = value;
    });
  }
  if (Object.keys(custom).length > 0) patch.custom = custom;

  const checked = contactFieldsSchema.safeParse(patch);
  if (!checked.success) {
    const named = new Set(issues.map((issue) => issue.field));
    for (const issue of checked.error.issues) {
      const field = issue.path.join('.');
      if (!named.has(field)) issues.push({ field, message: issue.message });
    }
  }
  if (issues.length > 0) throw new RecordValidationError('contacts', issues);
  return patch;
}
