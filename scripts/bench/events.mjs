// Events (issue 5): storing 10 events per bench contact (1,000,000 at 100,000 contacts) through
// the mutation layer into the packed layout (db/events), against one Dexie row per event.
export const suite = {
  name: 'events',
  order: 50,
  async run({ page, ensureContacts, contactCount, figure, log }) {
    await ensureContacts();
    const total = contactCount * 10;
    log(`Storing ${total.toLocaleString('en')} events through the mutation layer…`);
    const ours = await page.evaluate((count) => window.outpostBench.eventsStoreThroughMutationLayer(count), total);
    log(`  ${Math.round(ours.ms)} ms, in ${ours.batches.toLocaleString('en')} batch rows (${ours.rows.toLocaleString('en')} rows with the facts and count rows)`);
    log('The same events one row each with Dexie bulkPut…');
    const floor = await page.evaluate((count) => window.outpostBench.eventsOneRowPerEventFloor(count), total);
    figure(
      `store ${total} events through the mutation layer, packed ${Math.round(total / Math.max(1, ours.batches))} to a batch row (floor: Dexie bulkPut of one row per event with the [contactId+time], name and time indexes, 2,000 per transaction)`,
      ours.ms,
      'ms',
      floor.ms,
      '< 60000 ms',
    );
  },
};
