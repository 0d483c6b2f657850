import { contactFieldsSchema, type ContactFields } from '@shared/domain/contact';
import type { StoredRecord } from '../../../db/rowTypes';

type Contact = StoredRecord<'contacts'>;
type StandardField = Exclude<keyof ContactFields, 'custom'>;

// Which contact each field's value comes from: a contact field name, or `custom.<key>` for a
// custom attribute, mapped to the id of the contact whose value survives the merge.
export type MergeChoices = Record<string, string>;

const customPrefix = 'custom.';
const standardFields = Object.keys(contactFieldsSchema.shape).filter((field): field is StandardField => field !== 'custom');
const standardFieldSet = new Set<string>(standardFields);

// Every field a merge can choose for: the contact fields, then each custom attribute any of
// the contacts has.
function mergeFieldKeys(contacts: readonly Contact[]): string[] {
  const customKeys = new Set(contacts.flatMap((contact) => Object.keys(contact.custom)));
  return [...standardFields, ...[...customKeys].sort().map((key) => `${customPrefix}${key}`)];
}

function isMergeFieldKey(field: string): boolean {
  return standardFieldSet.has(field) || (field.startsWith(customPrefix) && field.length > customPrefix.length);
}

function mergeFieldValue(contact: Contact, field: string): unknown {
  if (field.startsWith(customPrefix)) return contact.custom[field.slice(customPrefix.length)] ?? null;
  return contact[field as StandardField];
}

function isEmptyMergeValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

// Fields whose values differ between the contacts: the only ones worth asking about.
export function differingMergeFields(contacts: readonly Contact[]): string[] {
  return mergeFieldKeys(contacts).filter((field) => new Set(contacts.map((contact) => JSON.stringify(mergeFieldValue(contact, field) ?? null))).size > 1);
}

// When a field was last written: its own clock value, or the record's first write.
function writtenAt(contact: Contact, field: string): string {
  return contact.fieldHlc?.[field] ?? contact.hlc;
}

export type MergePreference = 'recent' | 'survivor';

// Per field, a non-empty value: the most recently written one ('recent', the merge dialog's
// default), or the survivor's own unless it is empty ('survivor', for merging into an existing
// contact). The last-seen time is always the latest one.
export function defaultMergeChoices(contacts: readonly Contact[], survivorId: string, preference: MergePreference): MergeChoices {
  const choices: MergeChoices = {};
  for (const field of mergeFieldKeys(contacts)) {
    const filled = contacts.filter((contact) => !isEmptyMergeValue(mergeFieldValue(contact, field)));
    const survivor = filled.find((contact) => contact.id === survivorId);
    let chosen: Contact | undefined;
    if (field === 'lastSeenAt') chosen = latestBy(filled, (contact) => contact.lastSeenAt ?? '');
    else if (preference === 'survivor' && survivor) chosen = survivor;
    else chosen = latestBy(filled, (contact) => writtenAt(contact, field), survivor);
    choices[field] = chosen?.id ?? survivorId;
  }
  return choices;
}

function latestBy(contacts: readonly Contact[], key: (contact: Contact) => string, preferred?: Contact): Contact | undefined {
  return contacts.reduce<Contact | undefined>((best, contact) => (!best || key(contact) > key(best) ? contact : best), preferred);
}

// The most complete contact (most filled fields) survives by default; on a tie the oldest, so
// the record others have linked to longest keeps its id.
export function defaultSurvivorId(contacts: readonly Contact[]): string | undefined {
  const filledCount = (contact: Contact) => mergeFieldKeys([contact]).filter((field) => !isEmptyMergeValue(mergeFieldValue(contact, field))).length;
  const ranked = [...contacts].sort((a, b) => filledCount(b) - filledCount(a) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return ranked[0]?.id;
}

// The survivor's new field values from the choices; fields without a choice keep its own.
export function mergedContactFields(contacts: readonly Contact[], survivorId: string, choices: MergeChoices): Partial<ContactFields> {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const survivor = byId.get(survivorId);
  if (!survivor) throw new Error('The surviving contact must be one of the merged contacts');
  const fields: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  for (const [field, sourceId] of Object.entries(choices)) {
    if (!isMergeFieldKey(field)) throw new Error(`"${field}" is not a contact field`);
    const source = byId.get(sourceId);
    if (!source) throw new Error(`The value for ${field} must come from one of the merged contacts`);
    const value = mergeFieldValue(source, field);
    if (JSON.stringify(value ?? null) === JSON.stringify(mergeFieldValue(survivor, field) ?? null)) continue;
    if (field.startsWith(customPrefix)) custom[field.slice(customPrefix.length)] = value ?? null;
    else fields[field] = value;
  }
  if (Object.keys(custom).length > 0) fields.custom = custom;
  return fields as Partial<ContactFields>;
}
