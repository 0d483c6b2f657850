import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addTeamMember, pickOption } from './attributeSteps';
import { createContact } from './contactSteps';
import { openSection, startEmpty } from './helpers';

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/import', name);

async function chooseFile(page: Page, file: string): Promise<void> {
  await openSection(page, 'Import');
  await page.getByLabel('File to import').setInputFiles(file);
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
}

test('the progress bar shows rows per second and the time left; Cancel stops the import with what it wrote whole, and says so', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // 20,000 rows take several seconds: long enough to see the progress and to cancel.
  const people = testInfo.outputPath('people.csv');
  writeFileSync(people, `Email,First Name,Last Name\n${Array.from({ length: 20_000 }, (_, index) => `person${index}@example.com,Person,Number ${index}`).join('\n')}\n`);
  await startEmpty(page);
  await chooseFile(page, people);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByText(/^[1-9][\d,]* rows · [1-9][\d,]* rows\/s · about \d+( min \d+)? s left$/)).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Import cancelled' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toHaveCount(0);
  const createdLabel = (await report.getByLabel(/^Created: \d+$/).getAttribute('aria-label')) ?? '';
  const created = Number(createdLabel.replace('Created: ', ''));
  // Cancelled between two chunks: some rows written, not all, and each chunk whole.
  expect(created).toBeGreaterThan(0);
  expect(created).toBeLessThan(20_000);
  const shown = new Intl.NumberFormat('en').format(created);
  const history = page.getByRole('table', { name: 'Import history' });
  await expect(history.getByRole('row', { name: new RegExp(`people\\.csv.*Cancelled.*${shown} created, 0 updated, 0 skipped, 0 failed`) })).toBeVisible();
  await expect(history.getByRole('button', { name: 'Resume import of people.csv' })).toBeVisible();

  await openSection(page, 'Contacts');
  await expect(page.getByText(`${shown} contacts`, { exact: true })).toBeVisible();
});

test('the encoding and delimiter pickers override what was detected, and the preview reads the file again with them', async ({ page }) => {
  // Each pick reads the file again in the worker: many steps on a shared machine.
  test.setTimeout(120_000);
  await startEmpty(page);
  await chooseFile(page, fixture('excel-semicolon-windows1252.csv'));
  const preview = page.getByRole('table', { name: 'First rows of the file' });
  const encoding = page.getByRole('combobox', { name: 'Encoding' });
  await expect(encoding).toHaveValue('Windows-1252 / ISO-8859-1 (Western)');
  await expect(preview.getByRole('cell', { name: 'Jürgen', exact: true })).toBeVisible();

  // Read as UTF-8, the file's single-byte umlauts are not characters at all.
  await pickOption(page, encoding, 'UTF-8');
  await expect(preview.getByRole('cell', { name: 'J\uFFFDrgen', exact: true })).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Jürgen', exact: true })).toHaveCount(0);
  await pickOption(page, encoding, 'Windows-1252 / ISO-8859-1 (Western)');
  await expect(preview.getByRole('cell', { name: 'Jürgen', exact: true })).toBeVisible();

  await chooseFile(page, fixture('hubspot.csv'));
  const delimiter = page.getByRole('combobox', { name: 'Delimiter' });
  await expect(delimiter).toHaveValue('Comma ,');
  await expect(preview.getByRole('columnheader', { name: 'Email', exact: true })).toBeVisible();
  // Split on semicolons, each line of this comma file is one wide column.
  await pickOption(page, delimiter, 'Semicolon ;');
  await expect(preview.getByRole('columnheader')).toHaveText(['Row', /^Record ID,First Name,Last Name,Email,/]);
  await expect(page.getByRole('table', { name: 'Column mapping' }).getByRole('combobox', { name: /^Field for column / })).toHaveCount(1);
  await pickOption(page, delimiter, 'Comma ,');
  await expect(preview.getByRole('columnheader', { name: 'Email', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Field for column Email' })).toHaveValue('Email');
});

test('a companies file with a column mapped to another field: each company stores the value where the mapping put it', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.getByRole('radio', { name: 'Companies' }).check();
  await page.getByLabel('File to import').setInputFiles(fixture('companies.csv'));
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('combobox', { name: 'Field for column Industry' })).toHaveValue('Industry');
  // This workspace keeps what a company does in its notes.
  await pickOption(page, mapping.getByRole('combobox', { name: 'Field for column Industry' }), 'About (notes)');
  await expect(mapping.getByRole('combobox', { name: 'Field for column Industry' })).toHaveValue('About (notes)');
  // No team member yet: the owners the file names would refuse their rows.
  await pickOption(page, mapping.getByRole('combobox', { name: 'Field for column Company owner' }), 'Ignore this column');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Created: 4')).toBeVisible();
  await expect(report.getByLabel('Merged rows: 1')).toBeVisible();
  await expect(report.getByLabel('Failed: 2')).toBeVisible();

  await openSection(page, 'Companies');
  const companies = page.getByRole('table', { name: 'Companies' });
  await expect(companies.getByRole('link')).toHaveCount(4);
  for (const name of ['Acme Inc.', 'Globex', 'initech.com', 'Wayne Enterprises']) await expect(companies.getByRole('link', { name, exact: true })).toBeVisible();
  await companies.getByRole('link', { name: 'Acme Inc.', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Acme Inc.', level: 1 })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('Manufacturing', { exact: true })).toBeVisible();
  await expect(details.getByRole('definition')).toHaveText(['acme.com', '—', '250', 'Munich', 'DE', '—', /.+/, /.+/]);
});

test('reverting an import restores the fields it changed, except one changed since, which it names and keeps', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await createContact(page, { 'First name': 'Mary', Email: 'marie@example.fr', City: 'Lyon' });

  // The file names her Marie, in Paris.
  await chooseFile(page, fixture('utf8-bom.csv'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Created: 1')).toBeVisible();
  await expect(report.getByLabel('Updated: 1')).toBeVisible();

  // Since the import, she has moved to Nice.
  await openSection(page, 'Contacts');
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: 'Marie', exact: true }).click();
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('button', { name: 'Edit City', exact: true })).toHaveAccessibleDescription('Paris');
  await details.getByRole('button', { name: 'Edit all fields' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit contact' });
  await edit.getByRole('textbox', { name: 'City' }).fill('Nice');
  await edit.getByRole('textbox', { name: 'City' }).press('Enter');
  await expect(edit).toHaveCount(0);

  await openSection(page, 'Import');
  const history = page.getByRole('table', { name: 'Import history' });
  await history.getByRole('button', { name: 'Revert import of utf8-bom.csv' }).click();
  await page.getByRole('dialog', { name: 'Revert import' }).getByRole('button', { name: 'Revert import' }).click();
  await expect(page.getByText('1 contact moved to the trash, 1 field restored; kept as changed since the import: City of Mary.')).toBeVisible();
  await expect(history.getByRole('row', { name: /utf8-bom\.csv.*Reverted.*Kept as changed since the import: City of Mary/ })).toBeVisible();

  await openSection(page, 'Contacts');
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: 'Mary', exact: true }).click();
  await expect(details.getByRole('button', { name: 'Edit City', exact: true })).toHaveAccessibleDescription('Nice');
  await expect(details.getByRole('button', { name: 'Edit First name', exact: true })).toHaveAccessibleDescription('Mary');
});

test('the owner chosen for the batch becomes the owner of every contact the import creates', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');

  await chooseFile(page, fixture('google-contacts.csv'));
  await pickOption(page, page.getByRole('combobox', { name: 'Owner of new contacts' }), 'Jo Ortiz');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Alan's phone cell holds no phone number: his row is refused.
  await expect(page.getByRole('region', { name: 'Import report' }).getByLabel('Created: 2')).toBeVisible();

  await openSection(page, 'Contacts');
  const contacts = page.getByRole('table', { name: 'Contacts' });
  const rows = contacts.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ has: page.getByRole('cell', { name: 'Jo Ortiz', exact: true }) })).toHaveCount(2);
  await contacts.getByRole('link', { name: 'Grace Hopper', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Record info' }).getByRole('row', { name: 'Owner Jo Ortiz', exact: true })).toBeVisible();
});
