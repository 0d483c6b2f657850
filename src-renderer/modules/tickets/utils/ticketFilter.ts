import type { TicketFields } from '@shared/domain/ticket';
import type { TicketPriority, TicketStatus } from './ticketStatus';

// `null` means "any". The assignee is a member id or 'unassigned'.
export type TicketFilter = {
  status: TicketStatus | null;
  assignee: string | null;
  priority: TicketPriority | null;
  category: string | null;
  tagId: string | null;
};

export const unassigned = 'unassigned';

export const emptyTicketFilter: TicketFilter = { status: null, assignee: null, priority: null, category: null, tagId: null };

type FilterableTicket = Pick<TicketFields, 'status' | 'assigneeId' | 'priority' | 'category' | 'tagIds'>;

export function matchesTicketFilter(ticket: FilterableTicket, filter: TicketFilter): boolean {
  if (filter.status !== null && ticket.status !== filter.status) return false;
  if (filter.priority !== null && ticket.priority !== filter.priority) return false;
  if (filter.category !== null && ticket.category !== filter.category) return false;
  if (filter.tagId !== null && !ticket.tagIds.includes(filter.tagId)) return false;
  if (filter.assignee === unassigned) return ticket.assigneeId === null;
  return filter.assignee === null || ticket.assigneeId === filter.assignee;
}

export function isFilterEmpty(filter: TicketFilter): boolean {
  return Object.values(filter).every((value) => value === null);
}
