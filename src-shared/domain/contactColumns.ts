import type { AttributeDefinitionFields } from './attribute';
import { contactStatuses } from './contact';
import type { FilterValueType } from './filters/filterTypes';

export type ColumnOption = { value: string; label: string };

// A contact field as a table column and a filter: what it is called, what type it compares as.
export type ContactColumn = { id: string; label: string; type: FilterValueType; options?: ColumnOption[] };

export const standardContactColumns: ContactColumn[] = [
  // sortName is the folded display name: sorting and filtering by name use it.
  { id: 'sortName', label: 'Name', type: 'text' },
  { id: 'email', label: 'Email', type: 'text' },
  { id: 'phone', label: 'Phone', type: 'text' },
  { id: 'status', label: 'Status', type: 'choice', options: contactStatuses.map((status) => ({ value: status, label: status })) },
  { id: 'identified', label: 'Identified', type: 'boolean' },
  { id: 'ownerId', label: 'Owner', type: 'reference' },
  { id: 'companyIds', label: 'Companies', type: 'idSet' },
  { id: 'tagIds', label: 'Tags', type: 'idSet' },
  { id: 'listIds', label: 'Lists', type: 'idSet' },
  { id: 'externalId', label: 'External id', type: 'text' },
  { id: 'source', label: 'Source', type: 'text' },
  { id: 'city', label: 'City', type: 'text' },
  { id: 'country', label: 'Country', type: 'text' },
  { id: 'language', label: 'Language', type: 'text' },
  { id: 'createdAt', label: 'Created', type: 'datetime' },
  { id: 'updatedAt', label: 'Updated', type: 'datetime' },
  { id: 'lastSeenAt', label: 'Last seen', type: 'datetime' },
];

export function customContactColumns(definitions: Array<Pick<AttributeDefinitionFields, 'entity' | 'key' | 'label' | 'type' | 'options'>>): ContactColumn[] {
  return customAttributeColumns('contact', definitions);
}

// The custom attributes defined for one kind of record, as columns keyed `custom.<key>`.
export function customAttributeColumns(entity: AttributeDefinitionFields['entity'], definitions: Array<Pick<AttributeDefinitionFields, 'entity' | 'key' | 'label' | 'type' | 'options'>>): ContactColumn[] {
  return definitions
    .filter((definition) => definition.entity === entity)
    .map((definition) => ({
      id: `custom.${definition.key}`,
      label: definition.label,
      type: definition.type,
      ...(definition.options.length > 0 ? { options: definition.options } : {}),
    }));
}
