import { isQuotaExceeded, RecordNotFoundError, StorageFullError } from '../../../db/errors';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import { ticketStatusLabels, type TicketStatus } from './ticketStatus';

export type TicketAuthor = { id: string; name: string } | null;

// Every table a ticket change with a thread entry writes, so the two commit together.
export const ticketWriteTables = ['tickets', 'ticketMessages', 'outbox', 'syncMeta'];

// Moves a ticket to another status and appends the 'status' thread entry (who, when, from, to)
// in the same transaction and as one undoable action: the history can never miss a change, nor
// show one that did not happen. Resolves null when the ticket already has that status.
export async function changeTicketStatus(db: OutpostDb, mutations: MutationLayer, ticketId: string, to: TicketStatus, author: TicketAuthor, now = new Date()): Promise<UndoEntry | null> {
  const previousUndo = undoStore.getState().last;
  try {
    return await db.transaction('rw', ticketWriteTables, async () => {
      const ticket = await db.tickets.get(ticketId);
      if (!ticket || ticket.deleted) throw new RecordNotFoundError('tickets', ticketId);
      if (ticket.status === to) return null;
      const label = `Moved “${ticket.subject}” to ${ticketStatusLabels[to]}`;
      return mutations.undoable(label, async () => {
        // patchMany, not update: only the bulk writes record what undo needs.
        await mutations.patchMany('tickets', [{ id: ticketId, fields: { status: to } }], label);
        await mutations.create('ticketMessages', {
          ticketId,
          kind: 'status',
          authorId: author?.id ?? null,
          authorName: author?.name ?? '',
          statusFrom: ticket.status,
          statusTo: to,
          at: now.toISOString(),
        });
      });
    });
  } catch (error) {
    // The transaction rolled back, so the action recorded for undo never happened.
    undoStore.setState({ last: previousUndo });
    throw isQuotaExceeded(error) && !(error instanceof StorageFullError) ? new StorageFullError(error) : error;
  }
}
