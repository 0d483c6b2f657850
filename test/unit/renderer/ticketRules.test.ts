import { describe, expect, it } from 'vitest';
import { isTicketOverdue } from '@renderer/modules/tickets/utils/isTicketOverdue';
import { sortTickets } from '@renderer/modules/tickets/utils/sortTickets';
import { emptyTicketFilter, matchesTicketFilter, unassigned } from '@renderer/modules/tickets/utils/ticketFilter';
import { canReopen, canResolve } from '@renderer/modules/tickets/utils/ticketStatus';

const now = new Date('2026-12-04T12:00:00.000Z');

describe('status transitions', () => {
  it('resolves only tickets with work still owed, and reopens only finished ones', () => {
    expect(['draft', 'open', 'pending'].every((status) => canResolve(status as never))).toBe(true);
    expect(['resolved', 'closed', 'archived'].some((status) => canResolve(status as never))).toBe(false);
    expect(['resolved', 'closed', 'archived'].every((status) => canReopen(status as never))).toBe(true);
    expect(['draft', 'open', 'pending'].some((status) => canReopen(status as never))).toBe(false);
  });
});

describe('isTicketOverdue', () => {
  it('marks an active ticket past its due time', () => {
    expect(isTicketOverdue({ status: 'open', dueAt: '2026-12-04T11:59:00.000Z' }, now)).toBe(true);
    expect(isTicketOverdue({ status: 'pending', dueAt: '2026-12-01T00:00:00.000Z' }, now)).toBe(true);
  });

  it('does not mark tickets due later, without a due date, or already finished', () => {
    expect(isTicketOverdue({ status: 'open', dueAt: '2026-12-04T12:01:00.000Z' }, now)).toBe(false);
    expect(isTicketOverdue({ status: 'open', dueAt: null }, now)).toBe(false);
    expect(isTicketOverdue({ status: 'resolved', dueAt: '2026-12-01T00:00:00.000Z' }, now)).toBe(false);
    expect(isTicketOverdue({ status: 'closed', dueAt: '2026-12-01T00:00:00.000Z' }, now)).toBe(false);
  });
});

describe('sortTickets', () => {
  const tickets = [
    { id: 'a', priority: 'low' as const, dueAt: null, updatedAt: '2026-12-03T00:00:00.000Z' },
    { id: 'b', priority: 'urgent' as const, dueAt: '2026-12-06T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' },
    { id: 'c', priority: 'normal' as const, dueAt: '2026-12-05T00:00:00.000Z', updatedAt: '2026-12-04T00:00:00.000Z' },
    { id: 'd', priority: 'urgent' as const, dueAt: null, updatedAt: '2026-12-02T00:00:00.000Z' },
  ];

  it('sorts by last update, newest first', () => {
    expect(sortTickets(tickets, 'updated').map((ticket) => ticket.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts by due time, soonest first, undated last', () => {
    expect(sortTickets(tickets, 'due').map((ticket) => ticket.id)).toEqual(['c', 'b', 'a', 'd']);
  });

  it('sorts by priority, urgent first, then by last update', () => {
    expect(sortTickets(tickets, 'priority').map((ticket) => ticket.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('leaves its input alone', () => {
    const copy = [...tickets];
    sortTickets(tickets, 'due');
    expect(tickets).toEqual(copy);
  });
});

describe('matchesTicketFilter', () => {
  const ticket = { status: 'open' as const, assigneeId: 'm1', priority: 'high' as const, category: 'cat-billing', tagIds: ['t1', 't2'] };

  it('matches everything with an empty filter', () => {
    expect(matchesTicketFilter(ticket, emptyTicketFilter)).toBe(true);
  });

  it('filters by status, assignee, priority, category and tag, all at once', () => {
    expect(matchesTicketFilter(ticket, { status: 'open', assignee: 'm1', priority: 'high', category: 'cat-billing', tagId: 't2' })).toBe(true);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, status: 'pending' })).toBe(false);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, assignee: 'm2' })).toBe(false);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, priority: 'low' })).toBe(false);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, category: 'cat-bug' })).toBe(false);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, tagId: 't3' })).toBe(false);
  });

  it('finds unassigned tickets', () => {
    expect(matchesTicketFilter({ ...ticket, assigneeId: null }, { ...emptyTicketFilter, assignee: unassigned })).toBe(true);
    expect(matchesTicketFilter(ticket, { ...emptyTicketFilter, assignee: unassigned })).toBe(false);
  });
});
