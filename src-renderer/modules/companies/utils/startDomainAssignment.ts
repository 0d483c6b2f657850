import { parseHlc } from '@shared/sync/hlc';
import type { AppDatabase } from '../../../db/appDatabase';
import { assignByEmailDomain } from './assignByEmailDomain';
import { readDomainAssignmentSetting } from './domainAssignmentSetting';

type ContactRow = { id: string; deleted?: unknown; email?: unknown; hlc?: unknown; fieldHlc?: Record<string, string> };

// Follows committed contact writes and assigns companies by email domain, for contacts whose
// email was written ON THIS DEVICE since it started: by the form, inline editing, an import or
// capture. A contact pulled by sync (or ingested by the server) is assigned by the device that
// wrote its email, so two devices never both create the same company; the membership reaches
// this device through sync. The email's HLC tells both apart: it carries the writing device's
// node id, and a row re-announced later (say, when its memberships change) keeps the same HLC.
export function startDomainAssignment({ db, clock, mutations }: AppDatabase, onError: (error: unknown) => void): () => void {
  const startedAt = clock.last;
  const handled = new Map<string, string>();
  let pending: string[] = [];
  let queue: Promise<void> = Promise.resolve();

  const unsubscribe = mutations.subscribe((table, rows) => {
    if (table !== 'contacts') return;
    for (const row of rows as ReadonlyArray<ContactRow>) {
      const emailHlc = row.fieldHlc?.email ?? row.hlc;
      if (row.deleted || !row.email || typeof emailHlc !== 'string' || emailHlc <= startedAt) continue;
      if (handled.get(row.id) === emailHlc || parseHlc(emailHlc)?.node !== clock.node) continue;
      handled.set(row.id, emailHlc);
      pending.push(row.id);
    }
    if (pending.length === 0) return;
    // One run at a time, so two chunks of an import never create the same company twice.
    queue = queue.then(async () => {
      const contactIds = pending;
      pending = [];
      if (contactIds.length === 0) return;
      try {
        await assignByEmailDomain(db, mutations, contactIds, await readDomainAssignmentSetting(db));
      } catch (error) {
        onError(error);
      }
    });
  });
  return unsubscribe;
}
