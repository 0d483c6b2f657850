import { expect, test } from '@playwright/test';
import { loadDemoData, openSection } from './helpers';

test('Settings > Events lists each event name seen with its count', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await openSection(page, 'Settings');
  const table = page.getByRole('table', { name: 'Event names' });
  await expect(table.getByRole('cell', { name: 'page_visit', exact: true })).toBeVisible();
  const counts = await table.locator('tbody tr td:last-child').allTextContents();
  // The demo workspace records 20,000 events in all.
  expect(counts.reduce((total, text) => total + Number(text.replace(/\D/g, '')), 0)).toBe(20_000);
});
