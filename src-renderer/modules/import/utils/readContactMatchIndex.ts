import Dexie from 'dexie';
import { importMatchKey, type ImportMatchState, type MatchField } from '@shared/import/planImportChunk';
import type { OutpostDb } from '../../../db/OutpostDb';

// Every live contact by the key rows are matched on, read from the field's index alone (keys
// and ids, never whole rows): quick at 100,000 contacts.
export async function readContactMatchIndex(db: OutpostDb, matchOn: MatchField): Promise<ImportMatchState> {
  const trashed = new Set(await db.contacts.where('[deleted+sortName]').between([1, Dexie.minKey], [1, Dexie.maxKey]).primaryKeys());
  const idByKey = new Map<string, string>();
  await db.contacts.orderBy(matchOn).eachKey((value, cursor) => {
    const id = cursor.primaryKey as string;
    const key = importMatchKey(matchOn, value);
    if (key && !trashed.has(id) && !idByKey.has(key)) idByKey.set(key, id);
  });
  return { idByKey, createdIds: new Set() };
}
