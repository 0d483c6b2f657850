import { Link } from 'react-router';
import type { AttributeType } from '@shared/domain/attribute';
import type { CustomValue } from '@shared/domain/common';
import { contactDisplayName } from '@shared/domain/contact';
import type { ContactColumn } from '@shared/domain/contactColumns';
import { readField } from '@shared/domain/filters/compileFilter';
import { formatPhoneForDisplay } from '@shared/text/phoneNumber';
import { formatDateTime } from '../../../ui/utils/formatDate';
import { formatCustomValue } from '../../contacts/components/form/formatContactField';
import { homeCountry } from '../../contacts/utils/homeCountry';
import type { ReferenceNames } from '../hooks/useReferenceNames';
import type { ContactRow } from '../utils/contactSnapshot';
import classes from '../../../ui/RecordTable.module.css';

export type ContactCellProps = { contact: ContactRow; column: ContactColumn; names: ReferenceNames };

function joinNames(ids: unknown, names: Map<string, string>): string {
  return Array.isArray(ids) ? ids.flatMap((id: string) => (names.has(id) ? [names.get(id) as string] : [])).join(', ') : '';
}

// A Mantine colour's light badge shades, as CSS variables for the plain badge span.
function badgeColor(color: string): React.CSSProperties {
  return { '--badge-bg': `var(--mantine-color-${color}-light)`, '--badge-fg': `var(--mantine-color-${color}-light-color)` } as React.CSSProperties;
}

// One cell, rendered by what the column holds; values from data are always text, never HTML.
// Plain elements rather than Mantine's Text and Badge: a fast scroll renders hundreds of cells
// per frame.
export function ContactCell({ contact, column, names }: ContactCellProps) {
  switch (column.id) {
    case 'sortName':
      return (
        <Link to={`/contacts/${contact.id}`} className={classes.nameLink}>
          {contactDisplayName(contact)}
        </Link>
      );
    case 'phone':
      return <span className={classes.truncate}>{contact.phone ? formatPhoneForDisplay(contact.phone, homeCountry) : ''}</span>;
    case 'status':
      return <span className={classes.badge}>{contact.status}</span>;
    case 'identified':
      return contact.identified ? <span className={classes.truncate}>Identified</span> : <span className={`${classes.badge} ${classes.outlineBadge}`}>Anonymous</span>;
    case 'ownerId':
      return <span className={classes.truncate}>{contact.ownerId ? (names.owners.get(contact.ownerId) ?? '') : ''}</span>;
    case 'companyIds':
      return <span className={classes.truncate}>{joinNames(contact.companyIds, names.companies)}</span>;
    case 'listIds':
      return <span className={classes.truncate}>{joinNames(contact.listIds, names.lists)}</span>;
    case 'tagIds':
      return (
        <span className={classes.badges}>
          {contact.tagIds.map((id) => {
            const tag = names.tags.get(id);
            return tag ? (
              <span key={id} className={classes.badge} style={badgeColor(tag.color)}>
                {tag.name}
              </span>
            ) : null;
          })}
        </span>
      );
    default:
      return <span className={classes.truncate}>{formatValue(readField(contact as unknown as Record<string, unknown>, column.id), column)}</span>;
  }
}

function formatValue(value: unknown, column: ContactColumn): string {
  if (value === null || value === undefined) return '';
  // Custom attributes are shown as the profile shows them (calendar days, option labels, numbers).
  if (column.id.startsWith('custom.')) {
    const attribute = { key: column.id.slice('custom.'.length), label: column.label, type: column.type as AttributeType, options: column.options ?? [] };
    return formatCustomValue(attribute, value as CustomValue);
  }
  if (column.type === 'datetime') return formatDateTime(String(value));
  return column.options?.find((option) => option.value === value)?.label ?? String(value);
}
