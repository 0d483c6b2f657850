// Sync (issue 7): the real sync server in this process, on PGlite in a temporary folder and, when
// OUTPOST_TEST_DATABASE_URL names a PostgreSQL, on a fresh database there too; devices in the
// bench page (Chromium's IndexedDB) push, pull and apply with the app's own sync code over HTTP.
import { tsImport } from 'tsx/esm/api';

const tsconfig = new URL('../../test/tsconfig.json', import.meta.url).pathname;

export const suite = {
  name: 'sync',
  order: 70,
  async run({ page, openBenchPage, contactCount, figure, log }) {
    const { startSyncBenchServer } = await tsImport('../../test/bench/syncBenchServer.ts', { parentURL: import.meta.url, tsconfig });
    const storages = process.env.OUTPOST_TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
    if (storages.length === 1) log('PostgreSQL figures skipped: OUTPOST_TEST_DATABASE_URL is not set.');
    const changeCount = contactCount;
    await openBenchPage();

    for (const storage of storages) {
      const server = await startSyncBenchServer(storage);
      const device = async (workspaceId, dbName, email) => ({ serverUrl: server.url, dbName, pairingCode: await server.pairingCode(workspaceId, email) });
      try {
        const changesWorkspace = await server.newWorkspace('Bench changes');
        log(`${server.label}: pushing ${changeCount.toLocaleString('en')} field changes from a device…`);
        const pushed = await page.evaluate(([pusher, count]) => window.outpostBench.syncBenchPush(pusher, count), [await device(changesWorkspace, 'bench-sync-push', 'push@example.com'), changeCount]);
        if ((await server.countChanges(changesWorkspace)) !== pushed.changes) throw new Error('the server did not store every pushed change');
        const floorMs = await server.insertFloor(changesWorkspace);
        figure(
          `${server.label}: push of ${pushed.changes} field changes from the outbox over HTTP (floor: the same rows inserted straight into the server's log and latest values, one SQL statement per batch)`,
          (pushed.changes / pushed.ms) * 1000,
          'changes/s',
          (pushed.changes / floorMs) * 1000,
          'informational',
        );

        log(`${server.label}: a fresh device pulls and applies them…`);
        const pulled = await page.evaluate((puller) => window.outpostBench.syncBenchPull(puller), await device(changesWorkspace, 'bench-sync-pull', 'pull@example.com'));
        if (pulled.changes !== pushed.changes) throw new Error(`pulled ${pulled.changes} changes of ${pushed.changes}`);
        const pulledFloorMs = await page.evaluate(() => window.outpostBench.writeFloor('bench-sync-pull'));
        figure(
          `${server.label}: pull of ${pulled.changes} changes by a fresh device, applied in IndexedDB (floor: Dexie bulkPut of the rows they make)`,
          (pulled.changes / pulled.ms) * 1000,
          'changes/s',
          (pulled.changes / pulledFloorMs) * 1000,
          '>= 20000 changes/s pulled and applied',
        );

        const contactsWorkspace = await server.newWorkspace('Bench contacts');
        log(`${server.label}: seeding a workspace with ${contactCount.toLocaleString('en')} contacts…`);
        await server.seedContacts(contactsWorkspace, contactCount);
        log(`${server.label}: first sync of a fresh device into it…`);
        const firstSync = await page.evaluate((newcomer) => window.outpostBench.syncBenchPull(newcomer), await device(contactsWorkspace, 'bench-sync-first', 'new@example.com'));
        if (firstSync.contacts !== contactCount) throw new Error(`the first sync stored ${firstSync.contacts} contacts of ${contactCount}`);
        log('Writing the same rows with Dexie bulkPut (the floor)…');
        const bulkPutMs = await page.evaluate(() => window.outpostBench.writeFloor('bench-sync-first'));
        figure(
          `${server.label}: first sync of a fresh device into a workspace of ${contactCount} contacts (${firstSync.changes} changes; floor: Dexie bulkPut of the same rows)`,
          firstSync.ms,
          'ms',
          bulkPutMs,
          '<= 1.5x floor',
        );
      } finally {
        await server.close();
        for (const dbName of ['bench-sync-push', 'bench-sync-pull', 'bench-sync-first']) await page.evaluate((name) => window.outpostBench.syncBenchDropDatabase(name), dbName);
      }
    }
  },
};
