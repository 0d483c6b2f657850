import { newId } from '@shared/ids';
import type { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import { findRecordBy } from '../ingest/findRecordBy';
import { changedRecordFields, newRecordFields } from '../ingest/recordFields';
import type { SyncStore } from '../store/SyncStore';
import { appendChanges, lockWorkspaceSeq } from '../sync/pushChanges';

// identify(email) from the snippet: the visitor's contact gets the email and becomes a lead, so
// the desktop app sees it turn identified (and offers a merge if that email is already known).
export async function identifyVisitor(
  store: SyncStore,
  clock: HybridLogicalClock,
  workspaceId: string,
  visitor: { visitorId: string; email: string },
): Promise<{ contactId: string; seq: number }> {
  return store.transaction(async (tx) => {
    const locked = await lockWorkspaceSeq(tx, workspaceId);
    const found = await findRecordBy(tx, workspaceId, 'contacts', 'visitorId', visitor.visitorId);
    const now = new Date().toISOString();
    const contactId = found?.rowId ?? newId();
    let fields;
    if (found) {
      clock.observe(found.latestHlc);
      // A visitor becomes a lead; a contact already further along keeps its status.
      const status = await tx.query<{ value: string }>(
        `select value from field_values where workspace_id = $1 and table_name = 'contacts' and row_id = $2 and field = 'status'`,
        [workspaceId, contactId],
      );
      const stillVisitor = status.rows[0]?.value === JSON.stringify('visitor');
      fields = changedRecordFields('contacts', { email: visitor.email, ...(stillVisitor ? { status: 'lead' } : {}) }, now);
    } else {
      fields = newRecordFields('contacts', { visitorId: visitor.visitorId, email: visitor.email, status: 'lead' }, now);
    }
    const { seq } = await appendChanges(tx, locked, expandRecordWrite({ table: 'contacts', rowId: contactId, hlc: clock.next(), fields }));
    return { contactId, seq };
  });
}
