import type { ContactColumn } from '@shared/domain/contactColumns';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';

// One CSV column: its header and how a contact's cell reads.
export type ExportColumn = { header: string; cell: (contact: ContactRow) => string };

// Cells that hold several values use the separator the importer splits on by default.
export const multiValueSeparator = ' | ';

// By name, so the same contact always exports the same cell.
function joinNames(ids: readonly string[], nameOf: (id: string) => string | undefined): string {
  return ids
    .flatMap((id) => nameOf(id) ?? [])
    .sort((a, b) => a.localeCompare(b))
    .join(multiValueSeparator);
}

// Values are written for machines as much as people: ISO dates, plain numbers, E.164 phones and
// option labels, so the file goes back in through our own import unchanged.
function exportColumnsFor(column: ContactColumn, names: ReferenceNames): ExportColumn[] {
  const header = column.label;
  const optionLabel = (value: string) => column.options?.find((option) => option.value === value)?.label ?? value;
  switch (column.id) {
    // The table sorts by a folded name; the file wants the name as written.
    case 'sortName':
      return [
        { header: 'First name', cell: (contact) => contact.firstName },
        { header: 'Last name', cell: (contact) => contact.lastName },
      ];
    case 'ownerId':
      return [{ header, cell: (contact) => (contact.ownerId ? (names.owners.get(contact.ownerId) ?? '') : '') }];
    case 'companyIds':
      return [{ header, cell: (contact) => joinNames(contact.companyIds, (id) => names.companies.get(id)) }];
    case 'tagIds':
      return [{ header, cell: (contact) => joinNames(contact.tagIds, (id) => names.tags.get(id)?.name) }];
    case 'listIds':
      return [{ header, cell: (contact) => joinNames(contact.listIds, (id) => names.lists.get(id)) }];
    case 'identified':
      return [{ header, cell: (contact) => (contact.identified ? 'yes' : 'no') }];
  }
  const read = (contact: ContactRow): unknown =>
    column.id.startsWith('custom.') ? contact.custom[column.id.slice('custom.'.length)] : (contact as unknown as Record<string, unknown>)[column.id];
  return [
    {
      header,
      cell: (contact) => {
        const value = read(contact);
        if (value === null || value === undefined) return '';
        if (Array.isArray(value)) return value.map((item) => optionLabel(String(item))).join(multiValueSeparator);
        if (typeof value === 'boolean') return value ? 'yes' : 'no';
        if (column.type === 'choice') return optionLabel(String(value));
        return String(value);
      },
    },
  ];
}

export function contactExportColumns(columns: readonly ContactColumn[], names: ReferenceNames): ExportColumn[] {
  return columns.flatMap((column) => exportColumnsFor(column, names));
}
