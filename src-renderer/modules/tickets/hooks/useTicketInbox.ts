import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';
import { sortTickets, type TicketSort } from '../utils/sortTickets';
import { matchesTicketFilter, type TicketFilter } from '../utils/ticketFilter';

export type TicketInbox = { tickets: StoredRecord<'tickets'>[]; total: number };

// Live tickets with the filter and sort applied. A support inbox holds thousands of tickets, not
// the contact table's hundred thousand, so filtering the live rows in memory stays in
// milliseconds and every filter combines freely; the [deleted+updatedAt] index skips the trash.
export function useTicketInbox(filter: TicketFilter, sort: TicketSort): TicketInbox | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const live = await db.tickets.where('[deleted+updatedAt]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray();
    return { tickets: sortTickets(live.filter((ticket) => matchesTicketFilter(ticket, filter)), sort), total: live.length };
  }, [db, filter, sort]);
}
