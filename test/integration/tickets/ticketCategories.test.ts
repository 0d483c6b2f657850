import { describe, expect, it } from 'vitest';
import { deleteTicketCategory } from '@renderer/modules/tickets/utils/deleteTicketCategory';
import { openTestDatabase } from '../../helpers/testDatabase';

describe('ticket categories', () => {
  it('renames once for every ticket, since tickets refer to the category by id', async () => {
    const { db, mutations } = await openTestDatabase();
    const billing = await mutations.create('ticketCategories', { name: 'Billing' });
    const ticket = await mutations.create('tickets', { subject: 'Charged twice', category: billing.id });
    await mutations.update('ticketCategories', billing.id, { name: 'Payments' });
    expect((await db.tickets.get(ticket.id))?.category).toBe(billing.id);
    expect((await db.ticketCategories.get(billing.id))?.name).toBe('Payments');
  });

  it('refuses a category without a name', async () => {
    const { mutations } = await openTestDatabase();
    await expect(mutations.create('ticketCategories', { name: '  ' })).rejects.toThrow('A category needs a name');
  });

  it('deletes a category and takes it off its tickets as one undoable step', async () => {
    const { db, mutations } = await openTestDatabase();
    const billing = await mutations.create('ticketCategories', { name: 'Billing' });
    const bug = await mutations.create('ticketCategories', { name: 'Bug' });
    const filed = await mutations.create('tickets', { subject: 'Charged twice', category: billing.id });
    const other = await mutations.create('tickets', { subject: 'Export fails', category: bug.id });

    await deleteTicketCategory(db, mutations, billing);
    expect((await db.ticketCategories.get(billing.id))?.deleted).toBe(1);
    expect((await db.tickets.get(filed.id))?.category).toBe('');
    expect((await db.tickets.get(other.id))?.category).toBe(bug.id);

    await mutations.undoLast();
    expect((await db.ticketCategories.get(billing.id))?.deleted).toBe(0);
    expect((await db.tickets.get(filed.id))?.category).toBe(billing.id);
  });
});
