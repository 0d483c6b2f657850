// Segments (issue 5): the builder's live count of a three-condition segment (status, country,
// "performed page_visit at least N times in the last 30 days") over the bench contacts and 10
// events each (100,000 contacts, 1,000,000 events), with the longest main-thread task meanwhile.
export const suite = {
  name: 'segments',
  order: 55,
  async run({ page, ensureContacts, contactCount, figure, median, log }) {
    await ensureContacts();
    const total = contactCount * 10;
    if ((await page.evaluate(() => window.outpostBench.eventsStoredCount())) < total) {
      log(`Storing ${total.toLocaleString('en')} events for the segment…`);
      await page.evaluate((count) => window.outpostBench.eventsStoreThroughMutationLayer(count), total);
    }
    log('Counting the segment as the builder does…');
    const result = await page.evaluate(() => window.outpostBench.segmentsLiveCount());
    log(`  ${result.members.toLocaleString('en')} of ${result.contacts.toLocaleString('en')} contacts match`);
    const scale = `${result.contacts} contacts, ${total} events`;
    figure(`segment live count as a condition changes, median of ${result.warm.length} (${scale}; floor: plain Array.filter of the same tests over in-memory rows)`, median(result.warm.map((run) => run.ms)), 'ms', median(result.warmFloors), '< 500 ms');
    figure('longest main-thread task during those counts (floor: the 50 ms budget)', Math.max(...result.warm.map((run) => run.longestTaskMs)), 'ms', 50, '< 50 ms');
    figure(`segment first count, the event name's instants read once from the events store's facts rows (${scale}; floor: raw Dexie read of that name's event batches by index)`, result.coldMs, 'ms', result.coldFloorMs, '< 500 ms');
    figure('longest main-thread task during the first count (floor: the 50 ms budget)', result.coldLongestTaskMs, 'ms', 50, '< 50 ms');
    figure(`segment count again after 1,000 new events were stored (kept incrementally; floor: plain Array.filter as above)`, result.afterEventsMs, 'ms', median(result.warmFloors), '< 500 ms');
  },
};
