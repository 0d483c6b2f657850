import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTeamMember, pickOption } from './attributeSteps';
import { createCompany } from './companySteps';
import { createContact } from './contactSteps';
import { createDeal } from './dealSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';
import { addPipeline } from './pipelineSteps';

// Dates are typed and read in UTC, so datetime-local values are the ISO times below.
test.use({ timezoneId: 'UTC' });
// Each test sets up a few records through the UI first, which takes a while on a busy machine.
test.describe.configure({ timeout: 180_000 });

async function openCompany(page: Page, name: string): Promise<void> {
  await openSection(page, 'Companies');
  await page.getByRole('table', { name: 'Companies' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

function companyRow(page: Page, name: string): Locator {
  return page.getByRole('table', { name: 'Companies' }).getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
}

test('a company profile lists its deals and tickets in their tabs, and its tasks and tickets on its timeline', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-04T09:00:00.000Z') });
  await startEmpty(page);
  await createCompany(page, 'Acme', 'acme.com');
  // Joins Acme by her email's domain: tickets opened for her are the company's.
  await createContact(page, { 'First name': 'Ann', Email: 'ann@acme.com' });
  await addPipeline(page, 'New business', [['Lead', 10]]);
  await openSection(page, 'Deals');
  await createDeal(page, 'Acme rollout', '1000', { company: 'Acme', closeDate: '2027-01-31' });
  await createDeal(page, 'Unrelated deal', '500');

  await openSection(page, 'Tickets');
  await page.getByRole('button', { name: 'New ticket' }).first().click();
  const ticketForm = page.getByRole('form', { name: 'New ticket' });
  await ticketForm.getByRole('textbox', { name: 'Subject' }).fill('Invoices arrive twice');
  await ticketForm.getByRole('combobox', { name: 'Contact' }).fill('ann');
  await page.getByRole('option', { name: /Ann/ }).click();
  await ticketForm.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { name: 'Invoices arrive twice', level: 1 })).toBeVisible();

  await openCompany(page, 'Acme');
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  const taskForm = page.getByRole('dialog', { name: 'New task' });
  await taskForm.getByRole('textbox', { name: 'Title' }).fill('Call about the renewal');
  await taskForm.getByLabel('Due').fill('2026-12-04T08:00');
  await taskForm.getByRole('button', { name: 'Add task' }).click();
  await expect(taskForm).toBeHidden();

  await test.step('the Deals tab lists the company’s deal with its stage, status, value and close date, and no other', async () => {
    await page.getByRole('tab', { name: 'Deals' }).click();
    const deals = page.getByRole('table', { name: 'Company deals' });
    await expect(deals.getByRole('row')).toHaveCount(2);
    await expect(deals.getByRole('row').nth(1).getByRole('cell')).toHaveText(['Acme rollout', 'Lead', 'Open', '€1,000.00', 'Jan 31, 2027']);
  });

  await test.step('the Tickets tab lists the ticket opened for its employee', async () => {
    await page.getByRole('tab', { name: 'Tickets' }).click();
    const tickets = page.getByRole('table', { name: 'Company tickets' });
    await expect(tickets.getByRole('row')).toHaveCount(2);
    const row = tickets.getByRole('row').nth(1);
    await expect(row.getByRole('link', { name: 'Invoices arrive twice' })).toBeVisible();
    await expect(row.getByRole('cell').nth(3)).toHaveText('Ann');
    // The ticket names its company and links back to it.
    await row.getByRole('link', { name: 'Invoices arrive twice' }).click();
    await expect(page.getByRole('heading', { name: 'Invoices arrive twice', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Acme', exact: true }).click();
  });

  await test.step('the timeline holds the task, overdue, the ticket and the deal', async () => {
    await expect(page.getByRole('heading', { name: 'Acme', level: 1 })).toBeVisible();
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const task = timeline.getByRole('article').filter({ hasText: 'Call about the renewal' });
    await expect(task).toContainText('Task');
    await expect(task.getByText('Overdue', { exact: true })).toBeVisible();
    await expect(timeline.getByRole('article').filter({ has: page.getByRole('link', { name: 'Invoices arrive twice', exact: true }) })).toContainText('Ticket');
    await expect(timeline.getByRole('article').filter({ has: page.getByRole('link', { name: 'Acme rollout', exact: true }) })).toContainText('Deal');
    await expect(timeline.getByText('Unrelated deal')).toBeHidden();
    await expectNoSeriousA11yViolations(page, 'a company timeline with a task and a ticket');
  });
});

test('companies in bulk: set an attribute and assign an owner, each undone', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await createCompany(page, 'Acme', 'acme.com');
  await createCompany(page, 'Globex', 'globex.com');
  await createCompany(page, 'Initech', 'initech.com');
  await openSection(page, 'Companies');
  await page.getByRole('checkbox', { name: 'Select Acme' }).click();
  await page.getByRole('checkbox', { name: 'Select Globex' }).click();

  await test.step('Set attribute… writes the value on the selected companies only, and Undo takes it back', async () => {
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Set attribute…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set an attribute (2 companies)' });
    await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await pickOption(page, dialog.getByRole('combobox', { name: 'Attribute' }), 'Industry');
    await dialog.getByRole('textbox', { name: 'New value' }).fill('Rockets');
    await expectNoSeriousA11yViolations(page, 'the set attribute dialog');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    await expect(companyRow(page, 'Acme')).toContainText('Rockets');
    await expect(companyRow(page, 'Globex')).toContainText('Rockets');
    await expect(companyRow(page, 'Initech')).not.toContainText('Rockets');
    await page.getByRole('alert').filter({ hasText: 'Set Industry on 2 companies' }).getByRole('button', { name: 'Undo' }).click();
    await expect(companyRow(page, 'Acme')).not.toContainText('Rockets');
    await expect(companyRow(page, 'Globex')).not.toContainText('Rockets');
  });

  await test.step('Assign owner… gives them an owner, and Undo takes it back', async () => {
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Assign owner…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign an owner (2 companies)' });
    await pickOption(page, dialog.getByRole('combobox', { name: 'Owner' }), 'Jo Ortiz');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog).toBeHidden();
    await expect(companyRow(page, 'Acme')).toContainText('Jo Ortiz');
    await expect(companyRow(page, 'Globex')).toContainText('Jo Ortiz');
    await expect(companyRow(page, 'Initech')).not.toContainText('Jo Ortiz');
    await page.getByRole('alert').filter({ hasText: 'Assigned 2 companies to Jo Ortiz' }).getByRole('button', { name: 'Undo' }).click();
    await expect(companyRow(page, 'Acme')).not.toContainText('Jo Ortiz');
    await expect(companyRow(page, 'Globex')).not.toContainText('Jo Ortiz');
  });
});

test('a contact’s primary company is chosen from the UI and shown on both profiles', async ({ page }) => {
  await startEmpty(page);
  await createCompany(page, 'Acme', 'acme.com');
  await createCompany(page, 'Globex', 'globex.com');
  // Eve joins Acme by her email's domain: her first company is her primary one.
  await createContact(page, { 'First name': 'Eve', Email: 'eve@acme.com' });
  const companies = page.getByRole('region', { name: 'Companies' });
  const acme = companies.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Acme' }) });
  const globex = companies.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Globex' }) });
  await expect(acme.getByText('primary', { exact: true })).toBeVisible();

  await companies.getByRole('button', { name: 'Add to company' }).click();
  await companies.getByRole('combobox', { name: 'Company' }).fill('glob');
  await page.getByRole('option', { name: /Globex/ }).click();
  await companies.getByRole('button', { name: 'Add to company' }).click();
  await expect(globex).toBeVisible();
  await expect(globex.getByText('primary', { exact: true })).toBeHidden();

  // Made primary at Globex: Acme is no longer her primary company.
  await companies.getByRole('button', { name: 'Edit role at Globex' }).click();
  const dialog = page.getByRole('dialog', { name: 'Eve at Globex' });
  await expect(dialog.getByRole('checkbox', { name: 'Primary company' })).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Primary company' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(globex.getByText('primary', { exact: true })).toBeVisible();
  await expect(acme.getByText('primary', { exact: true })).toBeHidden();
  await expectNoSeriousA11yViolations(page, 'a contact with a primary company');

  await openCompany(page, 'Globex');
  const employees = page.getByRole('list', { name: 'Employees' });
  await expect(employees.getByRole('listitem').filter({ hasText: 'Eve' }).getByText('primary', { exact: true })).toBeVisible();
  await openCompany(page, 'Acme');
  await expect(employees.getByRole('listitem').filter({ hasText: 'Eve' })).toBeVisible();
  await expect(employees.getByRole('listitem').filter({ hasText: 'Eve' }).getByText('primary', { exact: true })).toBeHidden();
});

test('an employee is added from the company profile by searching the contact’s name', async ({ page }) => {
  await startEmpty(page);
  await createCompany(page, 'Acme', 'acme.com');
  // Neither email holds the name typed below, nor Acme's domain.
  await createContact(page, { 'First name': 'Grace', 'Last name': 'Hopper', Email: 'admiral@navy.mil' });
  await createContact(page, { 'First name': 'Grace', 'Last name': 'Kelly', Email: 'gk@monaco.mc' });
  await openCompany(page, 'Acme');

  const form = page.getByRole('form', { name: 'Add an employee' });
  const picker = form.getByRole('combobox', { name: 'Contact' });
  await picker.fill('grace');
  await expect(page.getByRole('option')).toHaveCount(2);
  await picker.fill('grace hop');
  await expect(page.getByRole('option')).toHaveText(['Grace Hopper (admiral@navy.mil)']);
  await page.getByRole('option', { name: /Grace Hopper/ }).click();
  await form.getByRole('textbox', { name: 'Role or title' }).fill('Engineer');
  await form.getByRole('button', { name: 'Add employee' }).click();

  const employees = page.getByRole('list', { name: 'Employees' });
  await expect(employees.getByRole('listitem')).toHaveCount(1);
  await expect(employees.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Grace Hopper' }) })).toContainText('Engineer · admiral@navy.mil');
  await expect(picker).toHaveValue('');
});
