// Export (issue 5): CSV of every bench contact (100,000) with every standard column through
// modules/export, against papaparse unparse of the same cells alone.
export const suite = {
  name: 'export',
  order: 60,
  async run({ page, ensureContacts, figure, log }) {
    await ensureContacts();
    log('Exporting every contact to CSV…');
    const result = await page.evaluate(() => window.outpostBench.exportContactsCsv());
    log(`  ${result.rows.toLocaleString('en')} rows x ${result.columns} columns, ${(result.bytes / 1e6).toFixed(1)} MB`);
    figure(`export ${result.rows} contacts x ${result.columns} columns to CSV through modules/export, formula guard and byte-order mark on (floor: papaparse unparse of the same cells alone)`, result.ms, 'ms', result.floorMs, 'none in the issue: beside the floor');
    figure('longest main-thread task during that export (floor: the 50 ms budget)', result.longestTaskMs, 'ms', 50, '< 50 ms');
  },
};
