import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { pickOption } from './attributeSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

const hubspotExport = resolve(import.meta.dirname, '../fixtures/import/hubspot.csv');

test('a HubSpot export: change a mapping, dry run, import, download the failed rows, revert from the history', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.getByLabel('File to import').setInputFiles(hubspotExport);

  const preview = page.getByRole('table', { name: 'First rows of the file' });
  await expect(preview.getByRole('cell', { name: 'katherine@example.com' })).toBeVisible();
  const mapping = page.getByRole('table', { name: 'Column mapping' });
  await expect(mapping.getByRole('combobox', { name: 'Field for column Email' })).toHaveValue('Email');
  // HubSpot's "opportunity" is no status here: ignore the column rather than reject the row.
  await pickOption(page, mapping.getByRole('combobox', { name: 'Field for column Lifecycle Stage' }), 'Ignore this column');

  await page.getByRole('button', { name: 'Dry run' }).click();
  const dryRun = page.getByRole('region', { name: 'Dry run report' });
  await expect(dryRun.getByLabel('To create: 2')).toBeVisible();
  await expect(dryRun.getByLabel('Failed: 1')).toBeVisible();
  await expect(dryRun.getByRole('table', { name: 'Rows in error' }).getByRole('row', { name: /4 Email: "mary@example" is not an email address/ })).toBeVisible();
  await openSection(page, 'Contacts');
  await expect(page.getByText('katherine@example.com')).toHaveCount(0);
  await openSection(page, 'Import');
  await expect(page.getByRole('table', { name: 'Import history' })).toHaveCount(0);

  await page.getByLabel('File to import').setInputFiles(hubspotExport);
  await pickOption(page, page.getByRole('combobox', { name: 'Field for column Lifecycle Stage' }), 'Ignore this column');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Created: 2')).toBeVisible();
  await expect(report.getByLabel('Failed: 1')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the import report');

  const [download] = await Promise.all([page.waitForEvent('download'), report.getByRole('button', { name: 'Download failed rows' }).click()]);
  expect(download.suggestedFilename()).toBe('hubspot - failed rows.csv');
  const failed = readFileSync((await download.path()) as string, 'utf8').split('\r\n');
  expect(failed[0]).toBe('Record ID,First Name,Last Name,Email,Phone Number,Company Name,Job Title,City,Country/Region,Lifecycle Stage,Contact owner,Create Date,Row,Reason');
  expect(failed[1]).toBe('503,Mary,Jackson,mary@example,+1 757 555 0102,NASA,Engineer,Hampton,US,lead,,2024-02-03 09:15,4,"Email: ""mary@example"" is not an email address"');

  await openSection(page, 'Contacts');
  await expect(page.getByText('katherine@example.com')).toBeVisible();
  await openSection(page, 'Import');
  const history = page.getByRole('table', { name: 'Import history' });
  await expect(history.getByRole('row', { name: /hubspot\.csv.*Done.*2 created, 0 updated, 0 skipped, 1 failed/ })).toBeVisible();
  await history.getByRole('button', { name: 'Revert import of hubspot.csv' }).click();
  await page.getByRole('dialog', { name: 'Revert import' }).getByRole('button', { name: 'Revert import' }).click();
  await expect(page.getByText('2 contacts moved to the trash, 0 fields restored.')).toBeVisible();
  await expect(history.getByRole('row', { name: /hubspot\.csv.*Reverted/ })).toBeVisible();
  await openSection(page, 'Contacts');
  await expect(page.getByText('katherine@example.com')).toHaveCount(0);
});

test('a custom attribute created from a column, with its suggested type, fills from the file', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.getByLabel('File to import').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from('Email,Score\nann@example.com,12\nbob@example.com,7\n') });
  await page.getByRole('button', { name: 'Create a custom attribute from column Score' }).click();
  const dialog = page.getByRole('dialog', { name: 'New custom attribute' });
  await expect(dialog.getByRole('combobox', { name: 'Type' })).toHaveValue('Whole number');
  await dialog.getByRole('button', { name: 'Create attribute' }).click();
  await expect(page.getByRole('combobox', { name: 'Field for column Score' })).toHaveValue('Score');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Import report' }).getByLabel('Created: 2')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the import page');
});

test('a vCard file imports through the same wizard', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.getByLabel('File to import').setInputFiles(resolve(import.meta.dirname, '../fixtures/import/contacts.vcf'));
  await expect(page.getByRole('table', { name: 'First rows of the file' }).getByRole('cell', { name: 'ada@example.com' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Delimiter' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel('Created: 3')).toBeVisible();
  await expect(report.getByRole('table', { name: 'Rows in error' }).getByRole('row', { name: /5 Email: "not-an-email" is not an email address/ })).toBeVisible();
});
