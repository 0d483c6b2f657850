import { expect, test } from '@playwright/test';
import { loadDemoData } from './helpers';

test('an anonymous visitor given an existing contact’s email is offered a merge into that contact', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  const table = page.getByRole('table', { name: 'Contacts' });
  const firstRow = table.getByRole('row').filter({ has: page.getByRole('cell') }).first();
  const knownName = (await firstRow.getByRole('link').textContent()) ?? '';
  const knownEmail = ((await firstRow.getByRole('cell').nth(2).textContent()) ?? '').trim();
  expect(knownEmail).toContain('@');

  await page.getByRole('button', { name: 'Add filter' }).click();
  const filter = page.getByRole('dialog', { name: 'Add filter' });
  await filter.getByRole('combobox', { name: 'Field' }).fill('Identified');
  await filter.getByRole('option', { name: 'Identified', exact: true }).click();
  await filter.getByRole('combobox', { name: 'Condition' }).click();
  await filter.getByRole('option', { name: 'is no', exact: true }).click();
  await filter.getByRole('button', { name: 'Apply filter' }).click();
  await expect(page.getByText('300 matching contacts of 2,000')).toBeVisible();
  await table.getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Actions' }).getByText('Anonymous', { exact: true })).toBeVisible();

  const details = page.getByRole('region', { name: 'Contact details' });
  await details.getByRole('button', { name: 'Edit Email' }).click();
  const email = details.getByRole('textbox', { name: 'Email' });
  await email.fill(knownEmail);
  await email.press('Enter');

  await expect(page.getByText(`This email belongs to ${knownName}`)).toBeVisible();
  await page.getByRole('button', { name: `Merge into ${knownName}` }).click();
  await expect(page.getByRole('heading', { name: knownName, level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Activity' }).getByText(/Merged/).first()).toBeVisible();
});
