import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type TicketThread = { ticket: StoredRecord<'tickets'>; messages: StoredRecord<'ticketMessages'>[] };

// The ticket and its thread in time order; undefined while loading, null when there is no such ticket.
export function useTicketThread(ticketId: string): TicketThread | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const ticket = await db.tickets.get(ticketId);
    if (!ticket || ticket.deleted) return null;
    const messages = await db.ticketMessages.where('[ticketId+at]').between([ticketId, ''], [ticketId, '\uffff']).toArray();
    return { ticket, messages: messages.filter((message) => !message.deleted) };
  }, [db, ticketId]);
}
