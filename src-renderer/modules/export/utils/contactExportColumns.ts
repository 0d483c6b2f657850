import type { ContactColumn } from '@shared/domain/contactColumns';
import type { ContactRow } from '../../contact-list/utils/contactSnapshot';
import type { ReferenceNames } from '../../contact-list/hooks/useReferenceNames';
import { columnExports, joinNames, nameColumn, type ExportColumn } from './columnExports';

export function contactExportColumns(columns: readonly ContactColumn[], names: ReferenceNames): Array<ExportColumn<ContactRow>> {
  return columnExports<ContactRow>(columns, {
    // The table sorts by a folded name; the file wants the name as written.
    sortName: () => [
      { header: 'First name', cell: (contact) => contact.firstName },
      { header: 'Last name', cell: (contact) => contact.lastName },
    ],
    ownerId: (column) => [nameColumn(column.label, (contact) => contact.ownerId, names.owners)],
    companyIds: (column) => [{ header: column.label, cell: (contact) => joinNames(contact.companyIds, (id) => names.companies.get(id)) }],
    tagIds: (column) => [{ header: column.label, cell: (contact) => joinNames(contact.tagIds, (id) => names.tags.get(id)?.name) }],
    listIds: (column) => [{ header: column.label, cell: (contact) => joinNames(contact.listIds, (id) => names.lists.get(id)) }],
    // Stored as 0 or 1 for its index.
    identified: (column) => [{ header: column.label, cell: (contact) => (contact.identified ? 'yes' : 'no') }],
  });
}
