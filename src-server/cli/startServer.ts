import { buildSyncApp } from '../app/buildSyncApp';
import type { SyncStore } from '../store/SyncStore';
import { adminSocketPath, serveAdminCommands } from './adminSocket';

// Wrappers pass on the signal the terminal already sent to their whole process group (npm and
// tsx under `npm run server`), so one Ctrl+C can arrive twice within milliseconds. Only a signal
// this long after the first counts as a second one.
const repeatedSignalMs = 2000;

// Listens until SIGINT or SIGTERM, then stops taking requests, lets the ones in flight finish,
// and closes the storage. A second signal exits at once.
export async function startServer(store: SyncStore, address: { host: string; port: number }): Promise<void> {
  const app = await buildSyncApp({ store, logger: true });
  await app.listen(address);
  const storage = store.kind === 'pglite' ? `PGlite in ${store.location}` : `PostgreSQL at ${store.location}`;
  console.log(`Outpost sync server listening on http://${address.host}:${address.port} (storage: ${storage})`);
  const stopAdmin = store.kind === 'pglite' ? await serveAdminCommands(store, adminSocketPath(store.location)) : async () => {};

  let stoppingSince: number | null = null;
  const stop = async (signal: NodeJS.Signals) => {
    if (stoppingSince !== null) {
      if (Date.now() - stoppingSince >= repeatedSignalMs) process.exit(1);
      return;
    }
    stoppingSince = Date.now();
    app.log.info({ signal }, 'shutting down after in-flight requests');
    try {
      await app.close();
      await stopAdmin();
      await store.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
