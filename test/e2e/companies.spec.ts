import { expect, test, type Locator, type Page } from '@playwright/test';
import { createCompany } from './companySteps';
import { expectNoSeriousA11yViolations, loadDemoData, openSection, startEmpty } from './helpers';

async function createContact(page: Page, firstName: string, email?: string): Promise<void> {
  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByRole('textbox', { name: 'First name', exact: true }).fill(firstName);
  if (email) await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
}

// Types into a searchable picker and chooses the option that contains `option`.
async function search(page: Page, picker: Locator, text: string, option: string | RegExp): Promise<void> {
  await picker.fill(text);
  await page.getByRole('option', { name: option }).click();
}

function companiesCard(page: Page): Locator {
  return page.getByRole('region', { name: 'Companies' });
}

function employees(page: Page): Locator {
  return page.getByRole('list', { name: 'Employees' });
}

async function openCompany(page: Page, name: string): Promise<void> {
  await openSection(page, 'Companies');
  await page.getByRole('table', { name: 'Companies' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('companies: create, edit with a custom attribute, profile, table search, sort, filters on standard and custom attributes, bulk delete with undo', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Companies');
  await expect(page.getByRole('heading', { name: 'No companies yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty companies');

  await openSection(page, 'Settings');
  const attributes = page.getByRole('region', { name: 'Attributes' });
  await attributes.getByRole('tab', { name: 'Companies' }).click();
  await attributes.getByRole('button', { name: 'Add attribute' }).click();
  const newAttribute = page.getByRole('dialog', { name: 'New attribute' });
  await newAttribute.getByRole('textbox', { name: 'Label', exact: true }).fill('Founded');
  await newAttribute.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Whole number', exact: true }).click();
  await newAttribute.getByRole('button', { name: 'Add attribute' }).click();
  await expect(newAttribute).toHaveCount(0);

  await createCompany(page, 'Acme', 'acme.com');
  await page.getByRole('button', { name: 'Edit details' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Acme' });
  await expectNoSeriousA11yViolations(page, 'company form');
  await edit.getByRole('textbox', { name: 'Industry' }).fill('Rockets');
  await edit.getByRole('textbox', { name: 'City' }).fill('Oslo');
  await edit.getByRole('textbox', { name: 'Founded' }).fill('1999');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toHaveCount(0);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText('Rockets')).toBeVisible();
  await expect(details.getByText('Oslo')).toBeVisible();
  await expect(details.getByText('1,999')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Timeline' })).toBeVisible();
  await page.getByRole('textbox', { name: 'New note' }).fill('Met their CTO at the fair');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Met their CTO at the fair')).toBeVisible();
  for (const tab of ['Deals', 'Tasks', 'Tickets', 'Notes']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByRole('table', { name: 'Company notes' }).getByText('Met their CTO at the fair')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'company profile');

  await createCompany(page, 'Globex', 'globex.com');
  await createCompany(page, 'Initech', 'initech.com');
  await openSection(page, 'Companies');
  await expect(page.getByText('3 companies')).toBeVisible();
  const table = page.getByRole('table', { name: 'Companies' });
  await page.getByRole('textbox', { name: 'Search companies' }).fill('glo');
  await expect(table.getByRole('link')).toHaveText(['Globex']);
  await page.getByRole('button', { name: 'Clear search' }).click();

  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(table.getByRole('link')).toHaveText(['Initech', 'Globex', 'Acme']);

  await page.getByRole('button', { name: 'Add filter' }).click();
  const filter = page.getByRole('dialog', { name: 'Add filter' });
  await filter.getByRole('combobox', { name: 'Field' }).fill('Industry');
  await filter.getByRole('option', { name: 'Industry', exact: true }).click();
  await filter.getByRole('combobox', { name: 'Condition' }).click();
  await filter.getByRole('option', { name: 'starts with', exact: true }).click();
  await filter.getByRole('textbox', { name: 'Value' }).fill('rock');
  await filter.getByRole('button', { name: 'Apply filter' }).click();
  await expect(table.getByRole('link')).toHaveText(['Acme']);
  await expect(page.getByText('1 matching company of 3')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'filtered companies');
  await page.getByRole('button', { name: 'Clear filters' }).click();

  await page.getByRole('button', { name: 'Add filter' }).click();
  await filter.getByRole('combobox', { name: 'Field' }).fill('Founded');
  await filter.getByRole('option', { name: 'Founded', exact: true }).click();
  await filter.getByRole('combobox', { name: 'Condition' }).click();
  await filter.getByRole('option', { name: '<', exact: true }).click();
  await filter.getByRole('textbox', { name: 'Value' }).fill('2000');
  await filter.getByRole('button', { name: 'Apply filter' }).click();
  await expect(table.getByRole('link')).toHaveText(['Acme']);
  await page.getByRole('button', { name: 'Remove filter Founded < 2000' }).click();

  await page.getByRole('checkbox', { name: 'Select Globex' }).click();
  await page.getByRole('checkbox', { name: 'Select Initech' }).click();
  await page.getByRole('button', { name: 'Bulk actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 2 companies' }).click();
  await expect(table.getByRole('link')).toHaveText(['Acme']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table.getByRole('link')).toHaveCount(3);
});

test('contacts join companies from both profiles, in bulk, and by email domain, never by free mail', async ({ page }) => {
  await startEmpty(page);
  await createCompany(page, 'Acme', 'acme.com');
  await createCompany(page, 'Globex', 'globex.com');

  await test.step('by email domain, subdomains included, free mail never', async () => {
    await createContact(page, 'Ann', 'ann@sales.acme.com');
    await expect(companiesCard(page).getByRole('link', { name: 'Acme' })).toBeVisible();
    await createContact(page, 'Dan', 'dan@gmail.com');
    await expect(companiesCard(page).getByText('Not linked to a company')).toBeVisible();
  });

  await test.step('from the contact profile: add, edit the role, remove with undo', async () => {
    await createContact(page, 'Eve');
    await companiesCard(page).getByRole('button', { name: 'Add to company' }).click();
    await search(page, companiesCard(page).getByRole('combobox', { name: 'Company' }), 'glob', /Globex/);
    await companiesCard(page).getByRole('textbox', { name: 'Role or title' }).fill('Advisor');
    await expectNoSeriousA11yViolations(page, 'add to company form');
    await companiesCard(page).getByRole('button', { name: 'Add to company' }).click();
    await expect(companiesCard(page).getByRole('link', { name: 'Globex' })).toBeVisible();
    await expect(companiesCard(page).getByText('Advisor')).toBeVisible();

    await companiesCard(page).getByRole('button', { name: 'Edit role at Globex' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eve at Globex' });
    await dialog.getByRole('textbox', { name: 'Role or title' }).fill('Board member');
    await dialog.getByRole('textbox', { name: 'Since' }).fill('2024-05-01');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(companiesCard(page).getByText(/Board member · since/)).toBeVisible();

    await companiesCard(page).getByRole('button', { name: 'Remove from Globex' }).click();
    await expect(companiesCard(page).getByText('Not linked to a company')).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(companiesCard(page).getByRole('link', { name: 'Globex' })).toBeVisible();
  });

  await test.step('from the company profile: search a contact by email', async () => {
    await openCompany(page, 'Acme');
    const form = page.getByRole('form', { name: 'Add an employee' });
    await search(page, form.getByRole('combobox', { name: 'Contact' }), 'dan@gm', /Dan/);
    await form.getByRole('textbox', { name: 'Role or title' }).fill('Buyer');
    await form.getByRole('button', { name: 'Add employee' }).click();
    await expect(employees(page).getByRole('link', { name: 'Dan' })).toBeVisible();
    await expect(employees(page).getByText(/Buyer/)).toBeVisible();
    await expect(employees(page).getByRole('link', { name: 'Ann' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'company employees');
  });

  await test.step('in bulk from a contact selection', async () => {
    await openSection(page, 'Contacts');
    await page.getByRole('checkbox', { name: 'Select Ann' }).click();
    await page.getByRole('checkbox', { name: 'Select Dan' }).click();
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: 'Add to company…' }).click();
    const dialog = page.getByRole('dialog', { name: /Add to a company/ });
    await search(page, dialog.getByRole('combobox', { name: 'Company' }), 'globex.com', /Globex/);
    await dialog.getByRole('textbox', { name: 'Role or title' }).fill('Partner');
    await expectNoSeriousA11yViolations(page, 'bulk add to company');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await openCompany(page, 'Globex');
    await expect(employees(page).getByRole('link')).toHaveText(['Eve', 'Ann', 'Dan']);
  });

  await test.step('creating the company for a new domain when Settings say so', async () => {
    await openSection(page, 'Settings');
    const settings = page.getByRole('region', { name: 'Companies' });
    await expect(settings.getByRole('switch', { name: 'Assign contacts to companies by email domain' })).toBeChecked();
    await settings.getByRole('switch', { name: 'Create the company when no company has the domain' }).click();
    await createContact(page, 'Pat', 'pat@initech.com');
    await expect(companiesCard(page).getByRole('link', { name: 'Initech' })).toBeVisible();
    await createContact(page, 'Yui', 'yui@yahoo.com');
    await expect(companiesCard(page).getByText('Not linked to a company')).toBeVisible();
    await openSection(page, 'Companies');
    await expect(page.getByText('3 companies')).toBeVisible();
  });
});

test('the demo workspace: 300 companies in a virtual window of rows scrolled to the end, sorted by employees, and the profile of the largest listing its employees', async ({ page }) => {
  test.setTimeout(240_000);
  await loadDemoData(page);
  await openSection(page, 'Companies');
  await expect(page.getByText('300 companies')).toBeVisible();

  await test.step('the table holds a window of rows, and scrolling to the end shows the last company', async () => {
    const table = page.getByRole('table', { name: 'Companies' });
    await expect(table).toHaveAttribute('aria-rowcount', '301');
    const firstCompany = (await table.getByRole('row').nth(1).getByRole('link').textContent()) ?? '';
    // The header row and one screenful plus a few: far fewer than 300.
    expect(await table.getByRole('row').count()).toBeLessThan(40);
    await page.getByRole('region', { name: 'Companies table, scrollable' }).focus();
    await page.keyboard.press('End');
    await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '301');
    await expect(table.getByRole('row').last().getByRole('link')).toBeVisible();
    await expect(table.getByRole('link', { name: firstCompany, exact: true })).toHaveCount(0);
    expect(await table.getByRole('row').count()).toBeLessThan(40);
    await page.keyboard.press('Home');
    await expect(table.getByRole('link', { name: firstCompany, exact: true })).toBeVisible();
  });

  await page.getByRole('button', { name: 'Sort by Employees' }).click();
  await page.getByRole('button', { name: 'Sort by Employees' }).click();
  await expect(page.getByRole('columnheader', { name: 'Sort by Employees' })).toHaveAttribute('aria-sort', 'descending');
  await expectNoSeriousA11yViolations(page, 'demo companies');
  await page.getByRole('table', { name: 'Companies' }).getByRole('link').first().click();
  await expect(employees(page).getByRole('listitem').first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'demo company profile');
});
