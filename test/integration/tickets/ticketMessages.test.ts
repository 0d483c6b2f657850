import { describe, expect, it } from 'vitest';
import { addTicketMessage } from '@renderer/modules/tickets/utils/addTicketMessage';
import { sortTickets } from '@renderer/modules/tickets/utils/sortTickets';
import { openTestDatabase } from '../../helpers/testDatabase';

const agent = { id: 'member-1', name: 'Ada Agent' };

describe('replies and notes on a ticket', () => {
  it('are written with the ticket’s lastMessageAt, so a ticket whose thread grows sorts as recently updated', async () => {
    const { db, mutations } = await openTestDatabase();
    const quiet = await mutations.create('tickets', { subject: 'Quiet one' });
    const busy = await mutations.create('tickets', { subject: 'Busy one' });
    await mutations.update('tickets', quiet.id, { priority: 'high' });
    const at = new Date(Date.now() + 60_000);
    await addTicketMessage(db, mutations, busy.id, { kind: 'reply', body: 'On it' }, agent, at);

    const stored = await db.tickets.get(busy.id);
    expect(stored?.lastMessageAt).toBe(at.toISOString());
    const thread = await db.ticketMessages.where('[ticketId+at]').between([busy.id, ''], [busy.id, '\uffff']).toArray();
    expect(thread).toEqual([expect.objectContaining({ kind: 'reply', body: 'On it', authorName: agent.name, at: at.toISOString() })]);
    const tickets = (await db.tickets.toArray()).filter((ticket) => !ticket.deleted);
    expect(sortTickets(tickets, 'updated').map((ticket) => ticket.subject)).toEqual(['Busy one', 'Quiet one']);
  });

  it('leave nothing behind when the ticket is gone', async () => {
    const { db, mutations } = await openTestDatabase();
    await expect(addTicketMessage(db, mutations, 'missing', { kind: 'note', body: 'Lost' }, agent)).rejects.toThrow();
    expect(await db.ticketMessages.count()).toBe(0);
  });
});
