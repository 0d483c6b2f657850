import { ticketPriorities, type TicketFields } from '@shared/domain/ticket';

export type TicketSort = 'updated' | 'due' | 'priority';
type SortableTicket = Pick<TicketFields, 'priority' | 'dueAt'> & { id: string; updatedAt: string };

export const ticketSortOptions: Array<{ value: TicketSort; label: string }> = [
  { value: 'updated', label: 'Recently updated' },
  { value: 'due', label: 'Due soonest' },
  { value: 'priority', label: 'Highest priority' },
];

const priorityRank = new Map(ticketPriorities.map((priority, index) => [priority, index]));

const newestFirst = (a: SortableTicket, b: SortableTicket) => (a.updatedAt === b.updatedAt ? a.id.localeCompare(b.id) : a.updatedAt < b.updatedAt ? 1 : -1);

const comparators: Record<TicketSort, (a: SortableTicket, b: SortableTicket) => number> = {
  updated: newestFirst,
  // Tickets without a due date come last: nothing is waiting on them.
  due: (a, b) => {
    if (a.dueAt === b.dueAt) return newestFirst(a, b);
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  },
  priority: (a, b) => (priorityRank.get(b.priority) ?? 0) - (priorityRank.get(a.priority) ?? 0) || newestFirst(a, b),
};

// A sorted copy; ties fall back to the most recently updated, then the id, so the order is stable.
export function sortTickets<Ticket extends SortableTicket>(tickets: readonly Ticket[], sort: TicketSort): Ticket[] {
  return [...tickets].sort(comparators[sort]);
}
