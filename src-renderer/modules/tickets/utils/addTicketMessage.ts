import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import type { OutpostDb } from '../../../db/OutpostDb';
import { ticketWriteTables, type TicketAuthor } from './changeTicketStatus';

export type TicketMessageDraft = { kind: 'reply' | 'note'; body: string };

// A reply or internal note and the ticket's lastMessageAt commit together, so a ticket whose
// thread grows counts as recently updated.
export async function addTicketMessage(db: OutpostDb, mutations: MutationLayer, ticketId: string, { kind, body }: TicketMessageDraft, author: TicketAuthor, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', ticketWriteTables, async () => {
    await mutations.create('ticketMessages', { ticketId, kind, body, format: 'markdown', authorId: author?.id ?? null, authorName: author?.name ?? '', at });
    await mutations.update('tickets', ticketId, { lastMessageAt: at });
  });
}
