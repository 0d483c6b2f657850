import type { StoredRecord } from '../../../db/rowTypes';
import { formatDateTime } from '../../../ui/utils/formatDate';

// Names for the ids a ticket refers to, looked up once per view rather than once per row.
export type TicketNames = {
  contacts: ReadonlyMap<string, string>;
  members: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
};

// A category that is not (or no longer) in Settings shows as stored: older tickets held its name.
export function categoryName(category: string, names: TicketNames): string {
  return names.categories.get(category) ?? category;
}

// The line under a ticket's subject in the inbox: who, what, whose, when.
export function ticketSummary(ticket: StoredRecord<'tickets'>, names: TicketNames): string {
  const parts = [
    (ticket.contactId && names.contacts.get(ticket.contactId)) || 'No contact',
    categoryName(ticket.category, names),
    ticket.assigneeId ? (names.members.get(ticket.assigneeId) ?? '') : 'Unassigned',
    ticket.dueAt ? `Due ${formatDateTime(ticket.dueAt)}` : '',
    `Updated ${formatDateTime(ticket.updatedAt)}`,
  ];
  return parts.filter(Boolean).join(' · ');
}
