import { standardImportTargets, type ImportAttribute, type StandardImportTarget } from '@shared/import/importTypes';
import type { ImportRecordType } from '@shared/import/records/importRecordTypes';
import { recordTargetOptions } from './records/recordTargetLabels';

export const standardTargetLabels: Record<StandardImportTarget, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name (split into first and last)',
  email: 'Email',
  phone: 'Phone',
  externalId: 'External id',
  status: 'Status',
  source: 'Source',
  city: 'City',
  country: 'Country',
  language: 'Language',
  about: 'About (notes)',
  linkedin: 'LinkedIn profile',
  company: 'Company (found or created by name)',
  jobTitle: 'Job title (role at the company)',
  tags: 'Tags',
  lists: 'Lists',
};

const groupNames: Record<ImportRecordType, string> = { contacts: 'Contact fields', companies: 'Company fields', deals: 'Deal fields', tasks: 'Task fields', events: 'Event fields' };

// The choices of a column's field picker: '' ignores the column; an event's column can also
// be kept as a property of the event under its header.
export function importTargetOptions(type: ImportRecordType, attributes: readonly ImportAttribute[], header: string) {
  const fields = type === 'contacts' ? standardImportTargets.map((target) => ({ value: target as string, label: standardTargetLabels[target] })) : recordTargetOptions(type);
  return [
    { group: 'Skip', items: [{ value: '', label: 'Ignore this column' }] },
    { group: groupNames[type], items: fields },
    ...(type === 'events' ? [{ group: 'Properties', items: [{ value: `property.${header}`, label: `Property "${header}"` }] }] : []),
    ...(attributes.length > 0 ? [{ group: 'Custom attributes', items: attributes.map((attribute) => ({ value: `custom.${attribute.key}`, label: attribute.label })) }] : []),
  ];
}
