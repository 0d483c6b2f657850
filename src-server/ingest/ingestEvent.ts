import { newId } from '@shared/ids';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite, type FieldChange } from '@shared/sync/recordWrite';
import type { SyncStore } from '../store/SyncStore';
import { appendChanges, lockWorkspaceSeq } from '../sync/pushChanges';
import { findRecordBy, type IdentityField } from './findRecordBy';
import type { IngestEventRequest } from './ingestSchemas';
import { newRecordFields } from './recordFields';

export type IngestEventResult = { contactId: string; contactCreated: boolean; eventId: string; seq: number };

// Appends an event for the contact it names, creating that contact first when there is none
// (an anonymous visitor, or an identified contact by external id or email). One transaction
// under the workspace lock, so concurrent events of a new visitor make one contact.
export async function ingestEvent(store: SyncStore, clock: HybridLogicalClock, workspaceId: string, request: IngestEventRequest): Promise<IngestEventResult> {
  const [identity, value] = Object.entries(request.contact)[0] as [IdentityField, string];
  return store.transaction(async (tx) => {
    const locked = await lockWorkspaceSeq(tx, workspaceId);
    const found = await findRecordBy(tx, workspaceId, 'contacts', identity, value);
    const now = new Date().toISOString();
    const changes: FieldChange[] = [];
    const contactId = found?.rowId ?? newId();
    if (!found) {
      const contact = newRecordFields('contacts', { [identity]: value, status: identity === 'visitorId' ? 'visitor' : 'lead' }, now);
      changes.push(...expandRecordWrite({ table: 'contacts', rowId: contactId, hlc: clock.next(), fields: contact }));
    }
    const eventId = newId();
    const event = newRecordFields('events', { ...request.event, time: request.event.time ?? now, contactId }, now);
    changes.push(...expandRecordWrite({ table: 'events', rowId: eventId, hlc: clock.next(), fields: event }));
    const { seq } = await appendChanges(tx, locked, changes);
    return { contactId, contactCreated: !found, eventId, seq };
  });
}
