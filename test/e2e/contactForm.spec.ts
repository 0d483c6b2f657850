import { expect, test, type Page } from '@playwright/test';
import { addAttribute, addTeamMember, pickOption } from './attributeSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

async function openNewContactForm(page: Page) {
  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await expect(dialog.getByRole('textbox', { name: 'First name' })).toBeFocused();
  return dialog;
}

// The profile's details section; each value is a button named "Edit <field>" described by the value.
function contactDetails(page: Page) {
  const section = page.getByRole('region', { name: 'Contact details' });
  return { section, value: (label: string) => section.getByRole('button', { name: `Edit ${label}`, exact: true }) };
}

async function createContact(page: Page, fields: Record<string, string>): Promise<string> {
  const dialog = await openNewContactForm(page);
  for (const [label, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
  return page.url().split('/').at(-1) ?? '';
}

async function storedPhone(page: Page, contactId: string): Promise<unknown> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('outpost');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('contacts').objectStore('contacts').get(id);
          read.onsuccess = () => {
            open.result.close();
            resolve((read.result as { phone?: unknown } | undefined)?.phone);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    contactId,
  );
}

test('a new contact with every field and custom attributes opens on its profile', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await addAttribute(page, { label: 'Seats', type: 'Whole number' });
  await addAttribute(page, { label: 'Newsletter opt-in', type: 'Yes or no' });
  await addAttribute(page, { label: 'Plan', type: 'One choice', options: ['Free', 'Pro'] });
  await addAttribute(page, { label: 'Interests', type: 'Several choices', options: ['Analytics', 'Mobile', 'Security'] });
  await addAttribute(page, { label: 'Birthday', type: 'Date' });
  await addAttribute(page, { label: 'Trial ends', type: 'Date and time' });

  const dialog = await openNewContactForm(page);
  await expectNoSeriousA11yViolations(page, 'new contact form');
  const textbox = (name: string) => dialog.getByRole('textbox', { name, exact: true });
  await textbox('First name').fill('Ada');
  await textbox('Last name').fill('Lovelace');
  await textbox('Email').fill('Ada@Example.com');
  await textbox('Phone').fill('+49 30 901820');
  await textbox('External user id').fill('user-1815');
  await pickOption(page, dialog.getByRole('combobox', { name: 'Status' }), 'customer');
  await dialog.getByRole('combobox', { name: 'Owner' }).fill('Jo');
  await page.getByRole('option', { name: 'Jo Ortiz' }).click();
  await textbox('Source').fill('Conference');
  await textbox('City').fill('London');
  await dialog.getByRole('combobox', { name: 'Country' }).fill('United King');
  await page.getByRole('option', { name: 'United Kingdom' }).click();
  await textbox('Language').fill('en-gb');
  await textbox('LinkedIn').fill('linkedin.com/in/ada-lovelace');
  await textbox('GitHub').fill('https://github.com/ada');
  await textbox('About').fill('Wrote the first program.');
  await textbox('Seats').fill('12');
  await dialog.getByRole('switch', { name: 'Newsletter opt-in' }).check();
  await pickOption(page, dialog.getByRole('combobox', { name: 'Plan' }), 'Pro');
  await dialog.getByRole('combobox', { name: 'Interests' }).click();
  await page.getByRole('option', { name: 'Analytics' }).click();
  await page.getByRole('option', { name: 'Security' }).click();
  await dialog.getByRole('combobox', { name: 'Interests' }).press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Birthday').fill('1815-12-10');
  await dialog.getByLabel('Trial ends').fill('2025-06-01T09:15');
  await dialog.getByRole('button', { name: 'Create contact' }).click();

  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
  const { value } = contactDetails(page);
  const expected: Array<[string, string | RegExp]> = [
    ['First name', 'Ada'],
    ['Last name', 'Lovelace'],
    ['Email', 'ada@example.com'],
    ['Phone', '+49 30 901820'],
    ['External user id', 'user-1815'],
    ['Status', 'customer'],
    ['Owner', 'Jo Ortiz'],
    ['Source', 'Conference'],
    ['City', 'London'],
    ['Country', 'United Kingdom'],
    ['Language', 'British English'],
    ['LinkedIn', 'https://linkedin.com/in/ada-lovelace'],
    ['GitHub', 'https://github.com/ada'],
    ['Website', 'empty'],
    ['About', 'Wrote the first program.'],
    ['Seats', '12'],
    ['Newsletter opt-in', 'Yes'],
    ['Plan', 'Pro'],
    ['Interests', 'Analytics, Security'],
    ['Birthday', 'Dec 10, 1815'],
    ['Trial ends', /^Jun 1, 2025, 9:15\sAM$/],
  ];
  for (const [label, shown] of expected) await expect(value(label), label).toHaveAccessibleDescription(shown);
  await expectNoSeriousA11yViolations(page, 'contact details');
});

test('an invalid email and phone are explained beside their fields and nothing is saved', async ({ page }) => {
  await startEmpty(page);
  const dialog = await openNewContactForm(page);
  await dialog.getByRole('textbox', { name: 'First name' }).fill('Ada');
  await dialog.getByRole('textbox', { name: 'Email' }).fill('ada@');
  await dialog.getByRole('textbox', { name: 'Phone' }).fill('12');
  await dialog.getByRole('textbox', { name: 'Phone' }).press('Enter');

  await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(/Enter an email address like name@example.com/);
  await expect(dialog.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription(/This is not a valid US phone number/);
  await expect(dialog.getByRole('textbox', { name: 'Phone' })).toHaveValue('12');

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/contacts$/);
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('All changes synced');
});

test('a national phone number is stored in E.164 and shown nationally', async ({ page }) => {
  await startEmpty(page);
  const id = await createContact(page, { 'First name': 'Grace', Phone: '(213) 373-4253' });
  const { value } = contactDetails(page);
  await expect(value('Phone')).toHaveAccessibleDescription('(213) 373-4253');
  expect(await storedPhone(page, id)).toBe('+12133734253');

  await value('Phone').click();
  await expect(contactDetails(page).section.getByRole('textbox', { name: 'Phone' })).toHaveValue('(213) 373-4253');
});

test('a field edited in place is saved and kept after a reload; Escape cancels', async ({ page }) => {
  await startEmpty(page);
  await createContact(page, { 'First name': 'Ada', Email: 'ada@example.com' });
  const { section, value } = contactDetails(page);
  await expectNoSeriousA11yViolations(page, 'contact details');

  await value('Email').click();
  const email = section.getByRole('textbox', { name: 'Email' });
  await expect(email).toBeFocused();
  await email.fill('ada@');
  await email.press('Enter');
  await expect(email).toHaveAccessibleDescription('Enter an email address like name@example.com');
  await expect(email).toHaveValue('ada@');

  await email.fill('ada@lovelace.example');
  await email.press('Enter');
  await expect(value('Email')).toHaveAccessibleDescription('ada@lovelace.example');
  await expect(value('Email')).toBeFocused();

  await value('City').press('Enter');
  const city = section.getByRole('textbox', { name: 'City' });
  await city.fill('Paris');
  await city.press('Escape');
  await expect(value('City')).toHaveAccessibleDescription('empty');
  await expect(value('City')).toBeFocused();

  await value('Status').click();
  await page.getByRole('option', { name: 'partner' }).click();
  await expect(value('Status')).toHaveAccessibleDescription('partner');

  await value('About').click();
  const about = section.getByRole('textbox', { name: 'About' });
  await about.fill('First line');
  await about.press('Enter');
  await about.pressSequentially('second line');
  await section.getByRole('heading', { name: 'Details' }).click();
  await expect(value('About')).toHaveAccessibleDescription('First line second line');

  await page.reload();
  await expect(value('Email')).toHaveAccessibleDescription('ada@lovelace.example');
  await expect(value('Status')).toHaveAccessibleDescription('partner');
  await expect(value('City')).toHaveAccessibleDescription('empty');
});

test('the edit form changes several fields at once', async ({ page }) => {
  await startEmpty(page);
  await createContact(page, { 'First name': 'Ada', City: 'London' });
  const { section, value } = contactDetails(page);
  await section.getByRole('button', { name: 'Edit all fields' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(dialog.getByRole('textbox', { name: 'City' })).toHaveValue('London');
  await dialog.getByRole('textbox', { name: 'Last name' }).fill('Lovelace');
  await dialog.getByRole('textbox', { name: 'City' }).fill('Marylebone');
  await dialog.getByRole('textbox', { name: 'City' }).press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(value('Last name')).toHaveAccessibleDescription('Lovelace');
  await expect(value('City')).toHaveAccessibleDescription('Marylebone');
});
