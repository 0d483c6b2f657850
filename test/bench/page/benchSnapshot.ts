import { HybridLogicalClock } from '@shared/sync/hlc';
import { createMutationLayer } from '@renderer/db/mutations/createMutationLayer';
import { defaultDatabaseName, openOutpostDb } from '@renderer/db/OutpostDb';
import { ContactSnapshot } from '@renderer/modules/contact-list/utils/contactSnapshot';

// The app's database with a mutation layer and the contacts snapshot, once it is ready.
export async function openSnapshot() {
  const db = openOutpostDb(defaultDatabaseName);
  await db.open();
  const mutations = createMutationLayer(db, new HybridLogicalClock('benchcontacts'));
  const snapshot = new ContactSnapshot(db, mutations);
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const stop = snapshot.subscribe(() => {
      if (snapshot.state.status === 'ready') {
        stop();
        resolve();
      }
    });
  });
  return { db, mutations, snapshot, loadMs: performance.now() - started };
}
