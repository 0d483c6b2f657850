import type { AttributeDefinitionFields } from '@shared/domain/attribute';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { contactFormFields, type ContactFormField } from '../../contacts/components/form/contactFormFields';
import { formatContactField } from '../../contacts/components/form/formatContactField';
import type { OwnerOption } from '../../contacts/components/form/useOwnerOptions';
import { homeCountry } from '../../contacts/utils/homeCountry';

export type MergeFieldContext = { attributes: Array<Pick<AttributeDefinitionFields, 'key' | 'label' | 'type' | 'options'>>; owners: OwnerOption[] };

// Fields a merge chooses for that the contact form does not edit.
const otherLabels: Record<string, string> = { visitorId: 'Visitor id', socialProfiles: 'Social profiles', lastSeenAt: 'Last seen' };

function formField(field: string, context: MergeFieldContext): ContactFormField | undefined {
  return contactFormFields(context.attributes).find((candidate) => candidate.path === field);
}

export function mergeFieldLabel(field: string, context: MergeFieldContext): string {
  return formField(field, context)?.label ?? otherLabels[field] ?? field.replace(/^custom\./, '');
}

// A field's value as the merge dialog shows it, the way the contact's details show it.
export function formatMergeValue(contact: StoredRecord<'contacts'>, field: string, context: MergeFieldContext): string {
  if (field === 'lastSeenAt') return formatDateTime(contact.lastSeenAt);
  if (field === 'socialProfiles') return Object.values(contact.socialProfiles).join(', ');
  const known = formField(field, context);
  if (known) return formatContactField(contact, known, context.owners, homeCountry);
  const value = field.startsWith('custom.') ? contact.custom[field.slice('custom.'.length)] : contact[field as keyof typeof contact];
  return value === null || value === undefined ? '' : String(value);
}
