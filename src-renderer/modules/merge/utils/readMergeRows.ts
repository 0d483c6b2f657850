import { readContactEventIds } from '../../../db/events/readEvents';
import type { OutpostDb } from '../../../db/OutpostDb';
import type { StoredRecord } from '../../../db/rowTypes';

export type MergeRows = {
  memberships: StoredRecord<'memberships'>[];
  contactTags: StoredRecord<'contactTags'>[];
  contactLists: StoredRecord<'contactLists'>[];
  dealContacts: StoredRecord<'dealContacts'>[];
  duplicateDismissals: StoredRecord<'duplicateDismissals'>[];
  notes: StoredRecord<'notes'>[];
  tasks: StoredRecord<'tasks'>[];
  tickets: StoredRecord<'tickets'>[];
  // Only the other contacts' events: the survivor's stay where they are.
  movedEventIds: string[];
};

// Everything that points at the merged contacts, read through the contactId indexes.
export async function readMergeRows(db: OutpostDb, survivorId: string, loserIds: string[]): Promise<MergeRows> {
  const contactIds = [survivorId, ...loserIds];
  const [memberships, contactTags, contactLists, dealContacts, dismissed, dismissing, notes, tasks, tickets, movedEventIds] = await Promise.all([
    db.memberships.where('contactId').anyOf(contactIds).toArray(),
    db.contactTags.where('contactId').anyOf(contactIds).toArray(),
    db.contactLists.where('contactId').anyOf(contactIds).toArray(),
    db.dealContacts.where('contactId').anyOf(contactIds).toArray(),
    db.duplicateDismissals.where('contactId').anyOf(contactIds).toArray(),
    db.duplicateDismissals.where('otherContactId').anyOf(contactIds).toArray(),
    db.notes.where('contactId').anyOf(contactIds).toArray(),
    db.tasks.where('contactId').anyOf(contactIds).toArray(),
    db.tickets.where('contactId').anyOf(contactIds).toArray(),
    // Events can be many: only their ids are needed to move them.
    readContactEventIds(db, loserIds),
  ]);
  const duplicateDismissals = [...new Map([...dismissed, ...dismissing].map((row) => [row.id, row])).values()];
  return { memberships, contactTags, contactLists, dealContacts, duplicateDismissals, notes, tasks, tickets, movedEventIds };
}
