import type { SyncedTable } from '@shared/domain/recordSchemas';
import { linkRowId } from '../../../db/derivedFields';
import type { MutationLayer, ProgressHandler } from '../../../db/mutations/createMutationLayer';
import type { UndoEntry } from '../../../db/mutations/undoStore';
import { newMemberships } from '../../companies/utils/addContactsToCompany';
import type { ContactRow } from './contactSnapshot';

export type BulkContactAction =
  | { kind: 'setAttribute'; field: string; value: unknown }
  | { kind: 'addTags'; tagIds: string[] }
  | { kind: 'removeTags'; tagIds: string[] }
  | { kind: 'addToList'; listId: string }
  | { kind: 'removeFromList'; listId: string }
  | { kind: 'assignOwner'; ownerId: string | null }
  | { kind: 'addToCompany'; companyId: string; role: string; since: string | null }
  | { kind: 'delete' };

type Lookup = (id: string) => ContactRow | undefined;

// A contact's tag and list sets are short, so `includes` beats building a Set per contact:
// these run over every selected contact in one task.
function linkIdsToAdd(contactIds: string[], targetIds: string[], current: (contact: ContactRow) => string[], lookup: Lookup) {
  const links: Array<{ contactId: string; targetId: string }> = [];
  for (const contactId of contactIds) {
    const contact = lookup(contactId);
    const has = contact ? current(contact) : [];
    for (const targetId of targetIds) if (!has.includes(targetId)) links.push({ contactId, targetId });
  }
  return links;
}

function linkIdsToRemove(table: SyncedTable, contactIds: string[], targetIds: string[], current: (contact: ContactRow) => string[], lookup: Lookup) {
  const linkIds: string[] = [];
  for (const contactId of contactIds) {
    const contact = lookup(contactId);
    const has = contact ? current(contact) : [];
    for (const targetId of targetIds) if (has.includes(targetId)) linkIds.push(linkRowId(table, contactId, targetId));
  }
  return linkIds;
}

// Runs one bulk action over the selected contacts as ONE undoable action, in chunks (each its
// own transaction), reporting progress; only contacts that actually change are written.
export async function runBulkContactAction(mutations: MutationLayer, action: BulkContactAction, contactIds: string[], label: string, lookup: Lookup, onProgress?: ProgressHandler): Promise<UndoEntry> {
  const bulk = { onProgress };
  return mutations.undoable(label, async () => {
    switch (action.kind) {
      case 'setAttribute': {
        const patch = action.field.startsWith('custom.') ? { custom: { [action.field.slice('custom.'.length)]: action.value } } : { [action.field]: action.value };
        await mutations.updateMany('contacts', contactIds, patch as never, label, bulk);
        return;
      }
      case 'assignOwner':
        await mutations.updateMany('contacts', contactIds, { ownerId: action.ownerId }, label, bulk);
        return;
      case 'delete':
        await mutations.softDelete('contacts', contactIds, label, bulk);
        return;
      case 'addTags': {
        const links = linkIdsToAdd(contactIds, action.tagIds, (contact) => contact.tagIds, lookup);
        await mutations.createMany('contactTags', links.map(({ contactId, targetId }) => ({ contactId, tagId: targetId })), bulk);
        return;
      }
      case 'removeTags':
        await mutations.softDelete('contactTags', linkIdsToRemove('contactTags', contactIds, action.tagIds, (contact) => contact.tagIds, lookup), label, bulk);
        return;
      case 'addToList': {
        const links = linkIdsToAdd(contactIds, [action.listId], (contact) => contact.listIds, lookup);
        await mutations.createMany('contactLists', links.map(({ contactId, targetId }) => ({ contactId, listId: targetId })), bulk);
        return;
      }
      case 'addToCompany': {
        const contacts = contactIds.flatMap((id) => lookup(id) ?? []);
        await mutations.createMany('memberships', newMemberships(action.companyId, contacts, { role: action.role, since: action.since }), bulk);
        return;
      }
      case 'removeFromList':
        await mutations.softDelete('contactLists', linkIdsToRemove('contactLists', contactIds, [action.listId], (contact) => contact.listIds, lookup), label, bulk);
    }
  });
}
