import type { TicketFields } from '@shared/domain/ticket';
import { isActiveStatus } from './ticketStatus';

// A ticket is overdue while work is still owed on it and its due time has passed.
export function isTicketOverdue(ticket: Pick<TicketFields, 'status' | 'dueAt'>, now: Date): boolean {
  return ticket.dueAt !== null && isActiveStatus(ticket.status) && new Date(ticket.dueAt).getTime() < now.getTime();
}
