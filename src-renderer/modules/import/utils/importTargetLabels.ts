import { standardImportTargets, type ImportAttribute, type StandardImportTarget } from '@shared/import/importTypes';

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

// The choices of a column's field picker: '' ignores the column.
export function importTargetOptions(attributes: readonly ImportAttribute[]) {
  return [
    { group: 'Skip', items: [{ value: '', label: 'Ignore this column' }] },
    { group: 'Contact fields', items: standardImportTargets.map((target) => ({ value: target, label: standardTargetLabels[target] })) },
    ...(attributes.length > 0 ? [{ group: 'Custom attributes', items: attributes.map((attribute) => ({ value: `custom.${attribute.key}`, label: attribute.label })) }] : []),
  ];
}
