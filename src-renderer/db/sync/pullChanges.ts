import type { HybridLogicalClock } from '@shared/sync/hlc';
import { expandRecordWrite } from '@shared/sync/recordWrite';
import type { PullResponse } from '@shared/sync/syncProtocol';
import type { MutationLayer } from '../mutations/createMutationLayer';
import type { OutpostDb } from '../OutpostDb';
import { applyPulledPage } from './applyPulledPage';
import { readPullCursor } from './pullCursor';

export type FetchPage = (cursor: string) => Promise<PullResponse>;

// Pulls pages from the stored cursor until the server has no more, applying each in its own
// transaction and announcing its rows to the mutation layer's listeners once it committed, so
// in-memory views (the contact list) follow. Returns the number of changes applied.
export async function pullChanges(db: OutpostDb, clock: HybridLogicalClock, mutations: MutationLayer, fetchPage: FetchPage): Promise<number> {
  let next = fetchPage(await readPullCursor(db));
  let applied = 0;
  for (;;) {
    const page = await next;
    // The next page is fetched while this one is applied, so the server and IndexedDB work at
    // the same time. Its cursor is stored only once it is applied in turn, as before.
    if (page.hasMore) {
      next = fetchPage(page.cursor);
      // Reported by the await above if this page applies; otherwise nobody waits for it.
      next.catch(() => {});
    }
    const changes = page.writes.flatMap(expandRecordWrite);
    const rows = await applyPulledPage(db, clock, changes, page.cursor);
    for (const [table, tableRows] of rows) mutations.announce(table, tableRows);
    applied += changes.length;
    if (!page.hasMore) return applied;
  }
}
