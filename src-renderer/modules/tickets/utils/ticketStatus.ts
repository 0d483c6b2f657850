import { ticketStatuses, type TicketFields } from '@shared/domain/ticket';

export type TicketStatus = TicketFields['status'];
export type TicketPriority = TicketFields['priority'];

export const ticketStatusLabels: Record<TicketStatus, string> = {
  draft: 'Draft',
  open: 'Open',
  pending: 'Pending',
  resolved: 'Resolved',
  closed: 'Closed',
  archived: 'Archived',
};

export const ticketStatusColors: Record<TicketStatus, string> = {
  draft: 'gray',
  open: 'blue',
  pending: 'yellow',
  resolved: 'green',
  closed: 'teal',
  archived: 'dark',
};

export const ticketPriorityLabels: Record<TicketPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };
export const ticketPriorityColors: Record<TicketPriority, string> = { low: 'gray', normal: 'blue', high: 'orange', urgent: 'red' };

export const ticketStatusOptions = ticketStatuses.map((status) => ({ value: status, label: ticketStatusLabels[status] }));

// Work is still owed on these; resolved, closed and archived tickets are done.
const activeStatuses: ReadonlySet<TicketStatus> = new Set(['draft', 'open', 'pending']);

export function isActiveStatus(status: TicketStatus): boolean {
  return activeStatuses.has(status);
}

// Resolve finishes an active ticket; reopen brings a finished one back to the inbox.
export function canResolve(status: TicketStatus): boolean {
  return isActiveStatus(status);
}

export function canReopen(status: TicketStatus): boolean {
  return !isActiveStatus(status);
}

export function isTicketStatus(value: string): value is TicketStatus {
  return (ticketStatuses as readonly string[]).includes(value);
}
