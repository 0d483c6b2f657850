import { contactDisplayName } from '@shared/domain/contact';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { StoredRecord } from '../../../db/rowTypes';

export type TaskLinkNames = { contacts: ReadonlyMap<string, string>; companies: ReadonlyMap<string, string>; deals: ReadonlyMap<string, string> };

const none: TaskLinkNames = { contacts: new Map(), companies: new Map(), deals: new Map() };

function idsOf(tasks: StoredRecord<'tasks'>[], field: 'contactId' | 'companyId' | 'dealId'): string[] {
  return [...new Set(tasks.flatMap((task) => (task[field] ? [task[field]] : [])))].sort();
}

// Names of the contacts, companies and deals tasks are linked to, read by id (never a scan).
export function useTaskLinkNames(tasks: StoredRecord<'tasks'>[]): TaskLinkNames {
  const { db } = useDatabase();
  const contactIds = idsOf(tasks, 'contactId');
  const companyIds = idsOf(tasks, 'companyId');
  const dealIds = idsOf(tasks, 'dealId');
  const key = [contactIds, companyIds, dealIds].map((ids) => ids.join(',')).join('|');
  return (
    useLiveQuery(async () => {
      const [contacts, companies, deals] = await Promise.all([db.contacts.bulkGet(contactIds), db.companies.bulkGet(companyIds), db.deals.bulkGet(dealIds)]);
      const named = <Row extends { id: string; deleted: 0 | 1 }>(rows: Array<Row | undefined>, name: (row: Row) => string) =>
        new Map(rows.flatMap((row) => (row && !row.deleted ? [[row.id, name(row)] as const] : [])));
      return { contacts: named(contacts, contactDisplayName), companies: named(companies, (company) => company.name), deals: named(deals, (deal) => deal.title) };
      // `key` stands for the id lists, whose identity changes on every render.
    }, [db, key]) ?? none
  );
}
