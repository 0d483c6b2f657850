import { describe, expect, it } from 'vitest';
import { changeTicketStatus } from '@renderer/modules/tickets/utils/changeTicketStatus';
import { openTestDatabase } from '../../helpers/testDatabase';

const agent = { id: 'member-1', name: 'Ada Agent' };

async function openWithTicket() {
  const database = await openTestDatabase();
  const ticket = await database.mutations.create('tickets', { subject: 'Sync stuck at 99%' });
  return { ...database, ticket };
}

describe('ticket status changes', () => {
  it('updates the ticket and appends a status message (who, when, from, to) in one write', async () => {
    const { db, mutations, ticket } = await openWithTicket();
    const outboxBefore = await db.outbox.count();
    const at = new Date('2026-12-04T10:00:00.000Z');
    await changeTicketStatus(db, mutations, ticket.id, 'resolved', agent, at);

    expect((await db.tickets.get(ticket.id))?.status).toBe('resolved');
    const messages = await db.ticketMessages.where('[ticketId+at]').between([ticket.id, ''], [ticket.id, '\uffff']).toArray();
    expect(messages).toEqual([
      expect.objectContaining({ kind: 'status', authorId: agent.id, authorName: agent.name, statusFrom: 'open', statusTo: 'resolved', at: at.toISOString() }),
    ]);
    // Both records reach sync: the ticket's status field and the new history entry.
    const writes = (await db.outbox.toArray()).slice(outboxBefore).flatMap((row) => row.writes);
    expect(writes.map((write) => write.table).sort()).toEqual(['ticketMessages', 'tickets']);
    expect(writes.find((write) => write.table === 'tickets')?.fields).toMatchObject({ status: 'resolved' });
  });

  it('keeps the whole history across resolve and reopen', async () => {
    const { db, mutations, ticket } = await openWithTicket();
    await changeTicketStatus(db, mutations, ticket.id, 'resolved', agent, new Date('2026-12-04T10:00:00.000Z'));
    await changeTicketStatus(db, mutations, ticket.id, 'open', agent, new Date('2026-12-04T11:00:00.000Z'));
    const history = await db.ticketMessages.orderBy('[ticketId+at]').toArray();
    expect(history.map((message) => [message.statusFrom, message.statusTo])).toEqual([
      ['open', 'resolved'],
      ['resolved', 'open'],
    ]);
  });

  it('writes nothing when the ticket already has the status', async () => {
    const { db, mutations, ticket } = await openWithTicket();
    const outboxBefore = await db.outbox.count();
    expect(await changeTicketStatus(db, mutations, ticket.id, 'open', agent)).toBeNull();
    expect(await db.ticketMessages.count()).toBe(0);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('undoes the status and its history entry as one step', async () => {
    const { db, mutations, ticket } = await openWithTicket();
    await changeTicketStatus(db, mutations, ticket.id, 'pending', agent);
    const undone = await mutations.undoLast();
    expect(undone?.label).toContain('Pending');
    expect((await db.tickets.get(ticket.id))?.status).toBe('open');
    expect((await db.ticketMessages.toArray()).every((message) => message.deleted === 1)).toBe(true);
  });

  it('writes neither the status nor the history entry when the ticket is gone', async () => {
    const { db, mutations } = await openWithTicket();
    await expect(changeTicketStatus(db, mutations, 'no-such-ticket', 'resolved', agent)).rejects.toThrow();
    expect(await db.ticketMessages.count()).toBe(0);
  });

  it('rolls the ticket back when the history entry cannot be written', async () => {
    const { db, mutations, ticket } = await openWithTicket();
    const failing = { ...mutations, create: () => Promise.reject(new Error('disk trouble')) } as unknown as typeof mutations;
    await expect(changeTicketStatus(db, failing, ticket.id, 'resolved', agent)).rejects.toThrow('disk trouble');
    expect((await db.tickets.get(ticket.id))?.status).toBe('open');
  });
});
