import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCompany } from './companySteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

async function createTicket(page: Page, subject: string): Promise<void> {
  await page.getByRole('button', { name: 'New ticket' }).first().click();
  const form = page.getByRole('form', { name: 'New ticket' });
  await form.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await form.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
  await openSection(page, 'Tickets');
}

// Clicks Export, lets `adjust` change the dialog, and returns the downloaded file's name and text.
async function download(page: Page, title: string, submit: string, adjust?: (dialog: Locator) => Promise<void>): Promise<{ name: string; text: string }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog.getByRole('checkbox', { name: 'Protect against spreadsheet formulas' })).toBeChecked();
  await adjust?.(dialog);
  const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: submit }).click()]);
  await expect(dialog).toBeHidden();
  return { name: file.suggestedFilename(), text: readFileSync((await file.path()) as string, 'utf8') };
}

test('companies export to CSV: the table columns, a selection, formula names neutralised', async ({ page }) => {
  await startEmpty(page);
  await createCompany(page, 'Ørsted Wind', 'orsted.test');
  await createCompany(page, '=SUM(A1:A9)', 'evil.test');
  await openSection(page, 'Companies');

  const all = await download(page, 'Export 2 companies in this view', 'Export 2 companies', async (dialog) => {
    await expect(dialog.getByRole('checkbox', { name: 'Domain' })).toBeChecked();
    await expectNoSeriousA11yViolations(page, 'the companies export dialog');
  });
  expect(all.name).toMatch(/^Companies-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(all.text.startsWith('\uFEFFName,Domain,Industry,Employees,City,Country,Owner\r\n')).toBe(true);
  expect(all.text).toContain('\r\nØrsted Wind,orsted.test,,0,,,\r\n');
  // papaparse quotes the cell it guarded.
  expect(all.text).toContain(`\r\n"'=SUM(A1:A9)",evil.test,,0,,,\r\n`);

  await page.getByRole('checkbox', { name: 'Select Ørsted Wind' }).click();
  const selected = await download(page, 'Export 1 company selected', 'Export 1 company', async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Industry' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Employees' }).uncheck();
  });
  expect(selected.text).toBe('\uFEFFName,Domain,City,Country,Owner\r\nØrsted Wind,orsted.test,,,\r\n');
});

test('tickets export to CSV from the inbox, as plain data without a byte-order mark when asked', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Tickets');
  await createTicket(page, 'Printer on fire');
  await createTicket(page, '@attacker cmd');

  const guarded = await download(page, 'Export 2 tickets in this view', 'Export 2 tickets', () => expectNoSeriousA11yViolations(page, 'the tickets export dialog'));
  expect(guarded.name).toMatch(/^Tickets-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(guarded.text.startsWith('\uFEFFSubject,Status,Priority,Category,Assignee,Contact,Due,Updated\r\n')).toBe(true);
  expect(guarded.text).toMatch(/\r\nPrinter on fire,Open,Normal,,,,,\d{4}-\d{2}-\d{2}T[\d:.]+Z\r\n/);
  expect(guarded.text).toContain(`\r\n"'@attacker cmd",Open,Normal,`);

  const plain = await download(page, 'Export 2 tickets in this view', 'Export 2 tickets', async (dialog) => {
    await dialog.getByRole('checkbox', { name: 'Add a byte-order mark, so Excel reads accents correctly' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Protect against spreadsheet formulas' }).uncheck();
  });
  expect(plain.text.startsWith('Subject,Status,')).toBe(true);
  expect(plain.text).toContain('\r\n@attacker cmd,Open,Normal,');
});
