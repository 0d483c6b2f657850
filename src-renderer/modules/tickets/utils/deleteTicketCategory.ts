import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';

const categoryTables = ['ticketCategories', 'tickets', 'outbox', 'syncMeta'];

// Trashes a category and takes it off its tickets, in one transaction and one undo step, so no
// ticket is left pointing at a category nobody can see.
export async function deleteTicketCategory(db: OutpostDb, mutations: MutationLayer, category: { id: string; name: string }): Promise<UndoEntry> {
  const previousUndo = undoStore.getState().last;
  const label = `Deleted ticket category ${category.name}`;
  try {
    return await db.transaction('rw', categoryTables, async () => {
      const ticketIds = (await db.tickets.toArray()).filter((ticket) => ticket.category === category.id).map((ticket) => ticket.id);
      return mutations.undoable(label, async () => {
        if (ticketIds.length > 0) await mutations.updateMany('tickets', ticketIds, { category: '' }, label);
        await mutations.softDelete('ticketCategories', [category.id], label);
      });
    });
  } catch (error) {
    // The transaction rolled back, so the action recorded for undo never happened.
    undoStore.setState({ last: previousUndo });
    throw error;
  }
}
