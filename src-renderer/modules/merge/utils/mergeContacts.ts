import { contactDisplayName } from '@shared/domain/contact';
import { isQuotaExceeded, StorageFullError } from '../../../db/errors';
import type { MutationLayer } from '../../../db/mutations/createMutationLayer';
import { undoStore, type UndoEntry } from '../../../db/mutations/undoStore';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';
import { formatCount } from '../../../ui/utils/formatCount';
import { defaultMergeChoices, mergedContactFields, type MergeChoices } from './mergeFields';
import { readMergeRows } from './readMergeRows';
import { moveContactLinks, moveDismissals } from './moveContactLinks';

export type MergeContactsInput = {
  survivorId: string;
  // Every contact to merge; the survivor may be among them or not.
  contactIds: readonly string[];
  // Without choices, the survivor keeps its values and takes the others' where it has none.
  choices?: MergeChoices;
  // Who merged, for the timeline note.
  authorId?: string | null;
};

// Every table a merge writes, so the whole merge runs in one transaction.
const mergeTables = ['contacts', 'memberships', 'contactTags', 'contactLists', 'dealContacts', 'deals', 'duplicateDismissals', 'notes', 'tasks', 'tickets', 'events', 'outbox', 'syncMeta'];

async function readContacts(db: OutpostDb, ids: string[]): Promise<StoredRecord<'contacts'>[]> {
  const rows = await db.contacts.bulkGet(ids);
  return rows.map((row, index) => {
    if (!row || row.deleted) throw new Error(`Contact ${ids[index]} is gone or in the trash and cannot be merged`);
    return row;
  });
}

// Merges contacts into the survivor: it takes the chosen field values and everything linked to
// the others (companies, tags, lists, deals, "keep separate" decisions, notes, tasks, tickets,
// events); the others go to the trash and a merge note goes on the survivor's timeline.
// All of it is one undoable action and one transaction: a merge that fails leaves nothing half
// done and nothing new to undo.
export async function mergeContacts(db: OutpostDb, mutations: MutationLayer, input: MergeContactsInput): Promise<UndoEntry> {
  const { survivorId } = input;
  const ids = [...new Set([survivorId, ...input.contactIds])];
  const loserIds = ids.filter((id) => id !== survivorId);
  if (loserIds.length === 0) throw new Error('Choose at least two contacts to merge');
  const previousUndo = undoStore.getState().last;
  try {
    return await db.transaction('rw', mergeTables, async () => {
      const contacts = await readContacts(db, ids);
      const fields = mergedContactFields(contacts, survivorId, input.choices ?? defaultMergeChoices(contacts, survivorId, 'survivor'));
      const survivorName = contactDisplayName({ ...(contacts[0] as StoredRecord<'contacts'>), ...fields });
      const loserNames = contacts.slice(1).map((contact) => contactDisplayName(contact));
      const label = `Merged ${formatCount(loserIds.length, 'contact')} into ${survivorName}`;
      return mutations.undoable(label, async () => {
        const rows = await readMergeRows(db, survivorId, loserIds);
        await moveContactLinks(mutations, 'memberships', rows.memberships, survivorId, label);
        await moveContactLinks(mutations, 'contactTags', rows.contactTags, survivorId, label);
        await moveContactLinks(mutations, 'contactLists', rows.contactLists, survivorId, label);
        await moveContactLinks(mutations, 'dealContacts', rows.dealContacts, survivorId, label);
        await moveDismissals(mutations, rows.duplicateDismissals, survivorId, new Set(ids), label);
        for (const table of ['notes', 'tasks', 'tickets'] as const) {
          const moved = rows[table].filter((row) => row.contactId !== survivorId).map((row) => row.id);
          if (moved.length > 0) await mutations.updateMany(table, moved, { contactId: survivorId }, label);
        }
        // Events are append-only, except for the contact they belong to: merges move them.
        if (rows.movedEventIds.length > 0) await mutations.updateMany('events', rows.movedEventIds, { contactId: survivorId }, label);
        await mutations.softDelete('contacts', loserIds, label);
        // patchMany, not update: only the bulk writes record what undo needs.
        if (Object.keys(fields).length > 0) await mutations.patchMany('contacts', [{ id: survivorId, fields }], label);
        await mutations.create('notes', { kind: 'merge', body: `Merged ${loserNames.join(', ')} into this contact`, contactId: survivorId, authorId: input.authorId ?? null });
      });
    });
  } catch (error) {
    // The transaction rolled back, so the action recorded for undo never happened.
    undoStore.setState({ last: previousUndo });
    throw isQuotaExceeded(error) && !(error instanceof StorageFullError) ? new StorageFullError(error) : error;
  }
}
