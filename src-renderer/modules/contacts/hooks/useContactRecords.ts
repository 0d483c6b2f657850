import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { readContactDeals, readContactNotes, readContactTickets, readMemberNames } from '../../timeline/utils/readContactRecords';
import type { MemberNames } from '../../timeline/utils/toTimelineEntry';

type RelatedTable = 'notes' | 'deals' | 'tickets';

const readers: { [T in RelatedTable]: (db: OutpostDb, contactId: string) => Promise<StoredRecord<T>[]> } = {
  notes: readContactNotes,
  deals: readContactDeals,
  tickets: readContactTickets,
};

// The team member each kind of record names (author, assignee or owner).
const memberIdOf: { [T in RelatedTable]: (row: StoredRecord<T>) => string | null } = {
  notes: (note) => note.authorId,
  deals: (deal) => deal.ownerId,
  tickets: (ticket) => ticket.assigneeId,
};

export type ContactRecords<T extends RelatedTable> = { rows: StoredRecord<T>[]; members: MemberNames };

// One kind of record about a contact, live, with the names of the team members they mention;
// undefined while loading.
export function useContactRecords<T extends RelatedTable>(table: T, contactId: string): ContactRecords<T> | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const rows = await readers[table](db, contactId);
    const members = await readMemberNames(db, rows.map(memberIdOf[table]));
    return { rows, members };
  }, [db, table, contactId]);
}
