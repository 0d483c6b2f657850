// Backups (issue 9): writing and restoring a workspace of the bench contacts (100,000) and 10
// events each (1,000,000, stored through the events suite's mutation-layer path when missing).
// Issue 9 sets no time target: the figures are reported beside their floors.
export const suite = {
  name: 'backup',
  order: 90,
  async run({ page, ensureContacts, contactCount, figure, log }) {
    await ensureContacts();
    const events = contactCount * 10;
    if ((await page.evaluate(() => window.outpostBench.eventsStoredCount())) < events) {
      log(`Storing ${events.toLocaleString('en')} events for the backup…`);
      await page.evaluate((count) => window.outpostBench.eventsStoreThroughMutationLayer(count), events);
    }
    const workspace = `${contactCount} contacts and ${events} events`;

    log('Backing up the workspace…');
    const backup = await page.evaluate(() => window.outpostBench.backupWriteWorkspaceFile());
    log(`  ${Math.round(backup.ms)} ms, ${(backup.bytes / 1e6).toFixed(1)} MB; rows: ${JSON.stringify(backup.tables)}`);
    const backupFloor = await page.evaluate(() => window.outpostBench.backupToArrayStringifyFloor());
    figure(`back up ${workspace}: every table in chunks, gzip, SHA-256 (floor: Dexie toArray of every table + JSON.stringify)`, backup.ms, 'ms', backupFloor.ms, 'none in the issue: beside the floor');
    figure('longest main-thread task during that backup (floor: the same during toArray + JSON.stringify)', backup.longestTaskMs, 'ms', backupFloor.longestTaskMs, 'never blocks the UI (issue 9)');

    log('Restoring it into an empty database…');
    const restore = await page.evaluate(() => window.outpostBench.backupRestoreWorkspaceFile());
    const restoreFloor = await page.evaluate(() => window.outpostBench.backupBulkPutFloor());
    figure(`restore ${workspace}: checksum, gunzip, one transaction over every table (floor: Dexie bulkPut of the same rows, 2,000 per call)`, restore.ms, 'ms', restoreFloor.ms, 'none in the issue: beside the floor');
  },
};
