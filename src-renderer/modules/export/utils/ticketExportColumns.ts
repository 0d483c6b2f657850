import type { ContactColumn } from '@shared/domain/contactColumns';
import { ticketPriorities } from '@shared/domain/ticket';
import type { StoredRecord } from '../../../db/rowTypes';
import { ticketPriorityLabels, ticketStatusOptions } from '../../tickets/utils/ticketStatus';
import { categoryName, type TicketNames } from '../../tickets/utils/ticketNames';
import { columnExports, joinNames, nameColumn, type ExportColumn } from './columnExports';

export type TicketExportNames = TicketNames & { companies: ReadonlyMap<string, string>; tags: ReadonlyMap<string, string> };

// What a ticket export can hold; its custom attributes are added after these.
export const standardTicketExportFields: ContactColumn[] = [
  { id: 'subject', label: 'Subject', type: 'text' },
  { id: 'status', label: 'Status', type: 'choice', options: ticketStatusOptions },
  { id: 'priority', label: 'Priority', type: 'choice', options: ticketPriorities.map((priority) => ({ value: priority, label: ticketPriorityLabels[priority] })) },
  { id: 'category', label: 'Category', type: 'reference' },
  { id: 'tagIds', label: 'Tags', type: 'idSet' },
  { id: 'assigneeId', label: 'Assignee', type: 'reference' },
  { id: 'contactId', label: 'Contact', type: 'reference' },
  { id: 'companyId', label: 'Company', type: 'reference' },
  { id: 'dueAt', label: 'Due', type: 'datetime' },
  { id: 'lastMessageAt', label: 'Last message', type: 'datetime' },
  { id: 'createdAt', label: 'Created', type: 'datetime' },
  { id: 'updatedAt', label: 'Updated', type: 'datetime' },
];

export const defaultTicketExportFieldIds = ['subject', 'status', 'priority', 'category', 'assigneeId', 'contactId', 'dueAt', 'updatedAt'];

export function ticketExportColumns(columns: readonly ContactColumn[], names: TicketExportNames): Array<ExportColumn<StoredRecord<'tickets'>>> {
  return columnExports<StoredRecord<'tickets'>>(columns, {
    category: (column) => [{ header: column.label, cell: (ticket) => categoryName(ticket.category, names) }],
    tagIds: (column) => [{ header: column.label, cell: (ticket) => joinNames(ticket.tagIds, (id) => names.tags.get(id)) }],
    assigneeId: (column) => [nameColumn(column.label, (ticket) => ticket.assigneeId, names.members)],
    contactId: (column) => [nameColumn(column.label, (ticket) => ticket.contactId, names.contacts)],
    companyId: (column) => [nameColumn(column.label, (ticket) => ticket.companyId, names.companies)],
  });
}
