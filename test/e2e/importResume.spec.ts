import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

const rowCount = 20_000;
const people = {
  name: 'people.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`Email,First Name,Last Name\n${Array.from({ length: rowCount }, (_, index) => `person${index}@example.com,Person,Number ${index}`).join('\n')}\n`),
};

test('an import cut off by closing the app resumes from the history with the same file, without doubling a row', async ({ page }) => {
  test.setTimeout(180_000);
  await startEmpty(page);
  await openSection(page, 'Import');
  await page.getByLabel('File to import').setInputFiles(people);
  await expect(page.getByRole('table', { name: 'Column mapping' }).getByRole('combobox', { name: 'Field for column Email' })).toHaveValue('Email');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const history = page.getByRole('table', { name: 'Import history' });
  // The first chunk has committed: close the app (a reload ends the page and its import).
  await expect(history.getByRole('row', { name: /people\.csv.*Running.*[1-9][\d,]* created/ })).toBeVisible({ timeout: 60_000 });
  await page.reload();

  await openSection(page, 'Import');
  await expect(history.getByRole('row', { name: /people\.csv.*Interrupted/ })).toBeVisible();
  await history.getByRole('button', { name: 'Resume import of people.csv' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resume import' });
  await expect(dialog.getByText(/Choose people\.csv again: the import goes on from row [\d,]+/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the resume dialog');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose people.csv' }).click()]);
  await chooser.setFiles(people);

  const report = dialog.getByRole('region', { name: 'Import report' });
  await expect(report.getByLabel(`Created: ${rowCount}`)).toBeVisible({ timeout: 120_000 });
  await expect(report.getByLabel('Failed: 0')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(history.getByRole('row', { name: /people\.csv.*Done.*20,000 created, 0 updated, 0 skipped, 0 failed/ })).toBeVisible();
  await openSection(page, 'Contacts');
  await expect(page.getByText(`${new Intl.NumberFormat('en').format(rowCount)} contacts`, { exact: true })).toBeVisible();
});
