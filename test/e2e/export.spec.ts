import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

async function addContact(page: Page, fields: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  for (const [name, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name, exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(dialog).toBeHidden();
  await openSection(page, 'Contacts');
}

async function exportView(page: Page, protect: boolean): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export 2 contacts in this view' });
  const protection = dialog.getByRole('checkbox', { name: 'Protect against spreadsheet formulas' });
  if (!protect) await protection.uncheck();
  await expect(protection).toBeChecked({ checked: protect });
  await expectNoSeriousA11yViolations(page, 'the export dialog');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export 2 contacts' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^Contacts-\d{4}-\d{2}-\d{2}\.csv$/);
  return readFileSync((await download.path()) as string, 'utf8');
}

test('export a view to CSV with formula payloads neutralised, then re-import the plain export', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await addContact(page, { 'First name': '=HYPERLINK("http://evil.example","Click me")', 'Last name': 'Mallory', Email: 'mallory@example.com', Phone: '+1 212 555 0123' });
  await addContact(page, { 'First name': 'Zoë', 'Last name': 'Ødegaard', Email: 'zoe@example.no', Phone: '+47 22 12 34 56' });

  const protectedCsv = await exportView(page, true);
  expect(protectedCsv.startsWith('\uFEFFFirst name,Last name,Email,Phone,')).toBe(true);
  expect(protectedCsv).toContain('"\'=HYPERLINK(""http://evil.example"",""Click me"")",Mallory,mallory@example.com,+12125550123');
  expect(protectedCsv).toContain('Zoë,Ødegaard,zoe@example.no,+4722123456');

  const plainCsv = await exportView(page, false);
  expect(plainCsv).toContain('"=HYPERLINK(""http://evil.example"",""Click me"")",Mallory');

  await test.step('the plain export goes back in through the import as the same two contacts', async () => {
    await page.getByRole('button', { name: /Select all .* matching/ }).click();
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: /Delete contacts/ }).getByRole('button', { name: /^Delete / }).click();
    await expect(page.getByText('No contacts yet')).toBeVisible();

    await openSection(page, 'Import');
    await page.getByLabel('File to import').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from(plainCsv, 'utf8') });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Import report' }).getByLabel('Created: 2')).toBeVisible();
    await openSection(page, 'Contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table.getByRole('link', { name: 'Zoë Ødegaard' })).toBeVisible();
    await table.getByRole('link', { name: /HYPERLINK/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('=HYPERLINK("http://evil.example","Click me") Mallory');
    await expect(page.getByRole('region', { name: 'Contact details' }).getByText('(212) 555-0123')).toBeVisible();
  });
});
