import { expect, test } from '@playwright/test';
import { openSection, startEmpty } from './helpers';

// Throughput, long tasks and heap of a dry run and an import of a generated file through the UI:
// IMPORT_MEASURE_ROWS=20000 npx playwright test ... import-measure.spec.ts. Until `npm run bench`
// has an import figure, this is how import speed is measured.
test.skip(!process.env.IMPORT_MEASURE_ROWS, 'a measurement, run on demand');

test('dry run and import of a generated file, measured', async ({ page }) => {
  test.setTimeout(600_000);
  const rows = Number(process.env.IMPORT_MEASURE_ROWS);
  const header = 'Email,First Name,Last Name,Phone,City,Country,Company,Job Title,Tags,Source,Notes,Language,Status,External ID,Lists';
  const lines = [header];
  for (let index = 0; index < rows; index += 1) {
    lines.push(`person${index}@example.com,First${index},Last${index},+49 30 ${1000000 + index},Berlin,DE,Company ${index % 500},Engineer,vip|fair,Fair,"Met at the fair, booth ${index}",de,lead,ext-${index},Imported`);
  }
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.evaluate(() => {
    const tasks: number[] = [];
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: 'longtask', buffered: false });
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
  });
  await page.getByLabel('File to import').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await expect(page.getByRole('table', { name: 'First rows of the file' })).toBeVisible();
  const dryStarted = Date.now();
  await page.getByRole('button', { name: 'Dry run' }).click();
  await expect(page.getByRole('region', { name: 'Dry run report' })).toBeVisible({ timeout: 600_000 });
  const drySeconds = (Date.now() - dryStarted) / 1000;
  const dryLongTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
  console.log(JSON.stringify({ drySeconds, dryLongTasks: dryLongTasks.length, dryLongestMs: Math.max(0, ...dryLongTasks) }));
  const started = Date.now();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import report' })).toBeVisible({ timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  console.log(JSON.stringify({ rows, seconds, rowsPerSecond: Math.round(rows / seconds), longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks), heapMb: Math.round(heap / 1e6) }));
  await expect(page.getByRole('region', { name: 'Import report' }).getByLabel(`Created: ${rows}`)).toBeVisible();
});
