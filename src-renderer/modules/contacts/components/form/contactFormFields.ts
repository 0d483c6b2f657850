import { socialProfileKeys, type FormAttribute } from '../../utils/contactFormValues';

export type StandardControl = 'text' | 'email' | 'phone' | 'url' | 'longText' | 'status' | 'owner' | 'country' | 'language';
// `path` names the form value and the validation issues of the field.
export type ContactFormField = { path: string; label: string; control: StandardControl } | { path: string; label: string; attribute: FormAttribute };
export type ContactFieldGroup = { legend: string; fields: ContactFormField[] };

const socialProfileLabels: Record<(typeof socialProfileKeys)[number], string> = {
  linkedin: 'LinkedIn',
  x: 'X (Twitter)',
  github: 'GitHub',
  website: 'Website',
};

// Every editable contact field, grouped as the form shows them; the details section lists the
// same fields, so the two never disagree about what a contact has.
export function contactFieldGroups(attributes: FormAttribute[]): ContactFieldGroup[] {
  const groups: ContactFieldGroup[] = [
    {
      legend: 'Contact',
      fields: [
        { path: 'firstName', label: 'First name', control: 'text' },
        { path: 'lastName', label: 'Last name', control: 'text' },
        { path: 'email', label: 'Email', control: 'email' },
        { path: 'phone', label: 'Phone', control: 'phone' },
        { path: 'externalId', label: 'External user id', control: 'text' },
      ],
    },
    {
      legend: 'Profile',
      fields: [
        { path: 'status', label: 'Status', control: 'status' },
        { path: 'ownerId', label: 'Owner', control: 'owner' },
        { path: 'source', label: 'Source', control: 'text' },
        { path: 'city', label: 'City', control: 'text' },
        { path: 'country', label: 'Country', control: 'country' },
        { path: 'language', label: 'Language', control: 'language' },
        { path: 'about', label: 'About', control: 'longText' },
      ],
    },
    {
      legend: 'Social profiles',
      fields: socialProfileKeys.map((key) => ({ path: `socialProfiles.${key}`, label: socialProfileLabels[key], control: 'url' as const })),
    },
  ];
  if (attributes.length > 0) {
    groups.push({ legend: 'Custom attributes', fields: attributes.map((attribute) => ({ path: `custom.${attribute.key}`, label: attribute.label, attribute })) });
  }
  return groups;
}

export function contactFormFields(attributes: FormAttribute[]): ContactFormField[] {
  return contactFieldGroups(attributes).flatMap((group) => group.fields);
}
