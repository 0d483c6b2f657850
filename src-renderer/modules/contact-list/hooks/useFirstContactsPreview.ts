import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../../db/DatabaseProvider';
import type { ContactRow } from '../utils/contactSnapshot';

const previewSize = 60;

// While the in-memory snapshot loads, the first contacts by name come straight from the index,
// so the view shows rows within milliseconds even at 100,000 contacts.
export function useFirstContactsPreview(enabled: boolean): ContactRow[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async (): Promise<ContactRow[]> => {
    if (!enabled) return [];
    return db.contacts.where('[deleted+sortName]').between([0, Dexie.minKey], [0, Dexie.maxKey]).limit(previewSize).toArray();
  }, [db, enabled]);
}
