import type { CustomValue } from '@shared/domain/common';
import type { ContactFields } from '@shared/domain/contact';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { formatDateTime } from '../../../../ui/utils/formatDate';
import type { FormAttribute } from '../../utils/contactFormValues';
import type { ContactFormField } from './contactFormFields';
import { countryName } from './countryOptions';
import type { OwnerOption } from './useOwnerOptions';

const languageNames = new Intl.DisplayNames(undefined, { type: 'language' });
const numberFormat = new Intl.NumberFormat();
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// "2025-01-31" is a calendar day, not an instant: read it in local time so no zone shifts it.
function formatDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return dayFormat.format(new Date(year, month - 1, date));
}

export function formatCustomValue(attribute: FormAttribute, value: CustomValue | undefined): string {
  if (value === null || value === undefined) return '';
  const optionLabel = (optionValue: string) => attribute.options.find((option) => option.value === optionValue)?.label ?? optionValue;
  if (Array.isArray(value)) return value.map(optionLabel).join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return numberFormat.format(value);
  switch (attribute.type) {
    case 'date':
      return formatDay(value);
    case 'datetime':
      return formatDateTime(value);
    case 'choice':
    case 'multichoice':
      return optionLabel(value);
    default:
      return value;
  }
}

// A field's value as the details section shows it; '' when there is none.
export function formatContactField(contact: ContactFields, field: ContactFormField, owners: OwnerOption[], homeCountry?: string): string {
  if ('attribute' in field) return formatCustomValue(field.attribute, contact.custom[field.attribute.key]);
  const [head, key = ''] = field.path.split('.');
  switch (head) {
    case 'phone':
      return contact.phone ? formatPhoneForDisplay(contact.phone, homeCountry) : '';
    case 'ownerId':
      return owners.find((owner) => owner.value === contact.ownerId)?.label ?? '';
    case 'country':
      return contact.country ? countryName(contact.country) : '';
    case 'language':
      return contact.language ? languageName(contact.language) : '';
    case 'socialProfiles':
      return contact.socialProfiles[key] ?? '';
    default: {
      const value = contact[head as keyof ContactFields];
      return typeof value === 'string' ? value : '';
    }
  }
}
