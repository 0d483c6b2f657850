import { Anchor, Badge, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { contactDisplayName } from '@shared/domain/contact';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { readField } from '@shared/domain/filters/compileFilter';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { formatDate, formatDateTime } from '../../../ui/utils/formatDate';
import { homeCountry } from '../../contacts/utils/homeCountry';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import type { ContactRow } from '../utils/contactSnapshot';

export type ContactCellProps = { contact: ContactRow; column: ContactColumn; names: ReferenceNames };

function joinNames(ids: unknown, names: Map<string, string>): string {
  return Array.isArray(ids) ? ids.flatMap((id: string) => (names.has(id) ? [names.get(id) as string] : [])).join(', ') : '';
}

// One cell, rendered by what the column holds; values from data are always text, never HTML.
export function ContactCell({ contact, column, names }: ContactCellProps) {
  switch (column.id) {
    case 'sortName':
      return (
        <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500} truncate="end">
          {contactDisplayName(contact)}
        </Anchor>
      );
    case 'phone':
      return <Text truncate="end">{contact.phone ? formatPhoneForDisplay(contact.phone, homeCountry) : ''}</Text>;
    case 'status':
      return <Badge variant="light">{contact.status}</Badge>;
    case 'identified':
      return contact.identified ? <Text size="sm">Identified</Text> : <Badge variant="outline" color="gray">Anonymous</Badge>;
    case 'ownerId':
      return <Text truncate="end">{contact.ownerId ? (names.owners.get(contact.ownerId) ?? '') : ''}</Text>;
    case 'companyIds':
      return <Text truncate="end">{joinNames(contact.companyIds, names.companies)}</Text>;
    case 'listIds':
      return <Text truncate="end">{joinNames(contact.listIds, names.lists)}</Text>;
    case 'tagIds':
      return (
        <Group gap={4} wrap="nowrap">
          {contact.tagIds.map((id) => {
            const tag = names.tags.get(id);
            return tag ? (
              <Badge key={id} size="sm" variant="light" color={tag.color}>
                {tag.name}
              </Badge>
            ) : null;
          })}
        </Group>
      );
    default:
      return <Text truncate="end">{formatValue(readField(contact as unknown as Record<string, unknown>, column.id), column)}</Text>;
  }
}

function formatValue(value: unknown, column: ContactColumn): string {
  if (value === null || value === undefined) return '';
  if (column.type === 'boolean') return value ? 'Yes' : 'No';
  if (column.type === 'date') return formatDate(String(value));
  if (column.type === 'datetime') return formatDateTime(String(value));
  const label = (raw: unknown) => column.options?.find((option) => option.value === raw)?.label ?? String(raw);
  if (Array.isArray(value)) return value.map(label).join(', ');
  return column.options ? label(value) : String(value);
}
