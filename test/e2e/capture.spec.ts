import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addAttribute, addTeamMember, pickOption } from './attributeSteps';
import { createCompany } from './companySteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

const form = (page: Page) => page.getByRole('form', { name: 'Capture contact' });
const captureStatus = (page: Page) => page.getByRole('status', { name: 'Capture status' });
const field = (page: Page, label: string) => form(page).getByRole('textbox', { name: label, exact: true });

async function openCapture(page: Page): Promise<void> {
  await openSection(page, 'Capture');
  await expect(field(page, 'First name')).toBeFocused();
}

type EventSetup = { tags: string[]; list: string; owner?: string };

async function startEvent(page: Page, name: string, { tags, list, owner }: EventSetup): Promise<void> {
  await page.getByRole('region', { name: 'Event' }).getByRole('button', { name: /Start event|Switch event/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an event' });
  await dialog.getByRole('textbox', { name: 'Event name' }).fill(name);
  for (const tag of tags) {
    await dialog.getByRole('combobox', { name: 'Tags' }).fill(tag);
    await dialog.getByRole('combobox', { name: 'Tags' }).press('Enter');
  }
  await dialog.getByRole('combobox', { name: 'List' }).fill(list);
  if (owner) await pickOption(page, dialog.getByRole('combobox', { name: 'Owner' }), owner);
  await dialog.getByRole('button', { name: 'Start event' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Event' }).getByText(name, { exact: true })).toBeVisible();
}

type Person = { first: string; last: string; email?: string; phone?: string; company?: string; title?: string; notes?: string; interest?: 'Hot' | 'Warm' | 'Cold'; consent?: boolean };

// The interest level's choices in order, from the form's first ("Not asked").
const interestLevels = ['Not asked', 'Hot', 'Warm', 'Cold'];

// Keyboard only: type a field, Enter to the next, Enter on notes saves.
async function captureByKeyboard(page: Page, person: Person): Promise<void> {
  await expect(field(page, 'First name')).toBeFocused();
  for (const value of [person.first, person.last, person.email, person.phone, person.company, person.title, '']) {
    if (value) await page.keyboard.type(value);
    await page.keyboard.press('Enter');
  }
  // Interest level (a radio group, Hot unless told) and consent (given unless told): Enter moves on.
  for (let step = 0; step < interestLevels.indexOf(person.interest ?? 'Hot'); step += 1) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  if (person.consent ?? true) await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(field(page, 'Notes')).toBeFocused();
  await page.keyboard.type(person.notes ?? 'Met at the booth');
  await page.keyboard.press('Enter');
  await expect(captureStatus(page).filter({ hasText: `Saved ${person.first} ${person.last}` })).toBeVisible();
  await expect(field(page, 'First name')).toHaveValue('');
}

test('ten contacts captured with the keyboard only all get the event’s tags and list', async ({ page }) => {
  test.setTimeout(180_000);
  await startEmpty(page);
  await openCapture(page);
  await startEvent(page, 'Expo Berlin 2026', { tags: ['Expo Berlin', 'Booth A'], list: 'Expo leads' });
  await field(page, 'First name').focus();
  const people = Array.from({ length: 10 }, (_, index) => ({
    first: `Visitor${index + 1}`,
    last: `Keyboard${String.fromCharCode(65 + index)}`,
    email: `visitor${index + 1}@expo.example`,
    phone: index % 2 === 0 ? `+49 30 55501${String(index).padStart(2, '0')}` : undefined,
    company: index < 5 ? 'Initech' : undefined,
    title: index < 5 ? 'Buyer' : undefined,
  }));
  for (const person of people) await captureByKeyboard(page, person);
  const event = page.getByRole('region', { name: 'Event' });
  await expect(event).toContainText('Today 10');
  await expect(event).toContainText('This event 10');
  await expect(page.getByRole('region', { name: 'Recent captures' }).getByRole('button', { name: /^Fix / })).toHaveCount(5);
  await expectNoSeriousA11yViolations(page, 'the capture view');

  for (const [section, name] of [
    ['Tags', 'Expo Berlin'],
    ['Tags', 'Booth A'],
    ['Lists', 'Expo leads'],
  ] as const) {
    await openSection(page, section);
    await page.getByRole('link', { name, exact: true }).click();
    const table = page.getByRole('table', { name: 'Contacts' });
    for (const person of people) await expect(table.getByText(`${person.first} ${person.last}`)).toBeVisible();
    await expect(table.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(10);
  }
  // The first capture created Initech; the next four joined it.
  await openSection(page, 'Companies');
  await expect(page.getByRole('link', { name: 'Initech', exact: true })).toHaveCount(1);
  await page.getByRole('link', { name: 'Initech', exact: true }).click();
  const employees = page.getByRole('list', { name: 'Employees' });
  for (const person of people.slice(0, 5)) await expect(employees.getByText(`${person.first} ${person.last}`)).toBeVisible();
});

test('the interest level and consent chosen with the keyboard are stored on the contact', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openCapture(page);
  await captureByKeyboard(page, { first: 'Holly', last: 'Keen', email: 'holly@keen.example', interest: 'Hot', consent: true });
  await captureByKeyboard(page, { first: 'Colin', last: 'Cool', email: 'colin@cool.example', interest: 'Cold', consent: false });
  for (const [name, interest, consent] of [
    ['Holly Keen', 'Hot', 'Yes'],
    ['Colin Cool', 'Cold', 'empty'],
  ] as const) {
    await openContact(page, name);
    const details = page.getByRole('region', { name: 'Contact details' });
    await expect(details.getByRole('button', { name: 'Edit Interest level', exact: true })).toHaveAccessibleDescription(interest);
    await expect(details.getByRole('button', { name: 'Edit Agreed to be contacted', exact: true })).toHaveAccessibleDescription(consent);
  }
});

test('capture opens from the command palette and with Ctrl/Cmd+Shift+N, even from a text field', async ({ page }) => {
  await startEmpty(page);
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByRole('textbox', { name: 'Search Outpost' }).fill('trade-show');
  await page.getByRole('button', { name: /^Capture/ }).click();
  await expect(page.getByRole('heading', { name: 'Capture', level: 1 })).toBeVisible();
  await openSection(page, 'Contacts');
  await page.getByRole('textbox', { name: 'Search contacts' }).click();
  await page.keyboard.press('ControlOrMeta+Shift+N');
  await expect(page.getByRole('heading', { name: 'Capture', level: 1 })).toBeVisible();
  await expect(field(page, 'First name')).toBeFocused();
});

test.describe('at midnight in Auckland', () => {
  // Far from UTC: the counter must follow the local day, not UTC's.
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('with the view left open, Today starts again at local midnight; the event keeps its count', async ({ page }) => {
    await page.clock.install({ time: new Date('2026-06-10T23:55:00+12:00') });
    await startEmpty(page);
    await openCapture(page);
    await startEvent(page, 'Night Market', { tags: ['Night'], list: 'Night leads' });
    await captureQuickly(page, { 'First name': 'Mia', 'Last name': 'Late', Email: 'mia@late.example' });
    const event = page.getByRole('region', { name: 'Event' });
    await expect(event).toContainText('Today 1 · This event 1');
    await page.clock.fastForward('10:00');
    await expect(event).toContainText('Today 0 · This event 1');
    await captureQuickly(page, { 'First name': 'Ned', 'Last name': 'Early', Email: 'ned@early.example' });
    await expect(event).toContainText('Today 1 · This event 2');
  });
});

test('a typo in a recent capture is fixed by reopening it', async ({ page }) => {
  await startEmpty(page);
  await openCapture(page);
  await captureByKeyboard(page, { first: 'Jonh', last: 'Typo', email: 'jonh@typo.example' });
  await page.getByRole('button', { name: 'Fix Jonh Typo' }).click();
  const fixing = page.getByRole('form', { name: 'Fix capture' });
  await fixing.getByRole('textbox', { name: 'First name', exact: true }).fill('John');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page).filter({ hasText: 'Fixed John Typo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Fix John Typo' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event' })).toContainText('Today 1');
});

const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/capture', name);
const warning = (page: Page, name: string) => page.getByRole('alert').filter({ hasText: `Already here? ${name}` });

// An existing contact made through the capture form itself.
async function captureQuickly(page: Page, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(field(page, 'First name')).toHaveValue('');
  await expect(captureStatus(page)).toContainText('Saved');
}

test('the duplicate warning for email, phone and name, with each of its three choices', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openCapture(page);
  await startEvent(page, 'Expo Paris', { tags: ['Paris'], list: 'Paris leads' });
  await captureQuickly(page, { 'First name': 'Ellen', 'Last name': 'Email', Email: 'ellen@dupes.example' });
  await captureQuickly(page, { 'First name': 'Philip', 'Last name': 'Phone', Phone: '+49 30 9876543' });
  await captureQuickly(page, { 'First name': 'Natalia', 'Last name': 'Namesake', Email: 'natalia@dupes.example' });

  await test.step('email: warned a few keystrokes in, and Update fills the empty fields and adds the event tag', async () => {
    await field(page, 'Email').pressSequentially('ellen@dup');
    await expect(warning(page, 'Ellen Email')).toContainText('an email starting like this one');
    await field(page, 'Email').pressSequentially('es.example');
    await expect(warning(page, 'Ellen Email')).toContainText('same email');
    await field(page, 'Phone').fill('+49 30 1112223');
    // Saving waits for a decision: the focus goes to the warning.
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(warning(page, 'Ellen Email').getByRole('button', { name: 'Update this one with what I typed' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(captureStatus(page)).toHaveText('Updated Ellen Email');
    await expect(field(page, 'Email')).toHaveValue('');
  });

  await test.step('phone: Create anyway makes a second contact', async () => {
    await field(page, 'First name').fill('Phil');
    await field(page, 'Phone').pressSequentially('+49 30 9876543');
    await expect(warning(page, 'Philip Phone')).toContainText('same phone number');
    await warning(page, 'Philip Phone').getByRole('button', { name: 'Create anyway' }).click();
    await expect(warning(page, 'Philip Phone')).toBeHidden();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(captureStatus(page)).toHaveText('Saved Phil');
  });

  await test.step('name: a one-letter typo still warns, and Open goes to the existing contact', async () => {
    await field(page, 'First name').fill('Natalia');
    await field(page, 'Last name').fill('Namesak');
    await expect(warning(page, 'Natalia Namesake')).toContainText('similar name');
    await warning(page, 'Natalia Namesake').getByRole('link', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name: 'Natalia Namesake', level: 1 })).toBeVisible();
  });

  await test.step('what was typed survives going to look, and the updated contact kept its own values', async () => {
    await page.goBack();
    await expect(field(page, 'Last name')).toHaveValue('Namesak');
    await openSection(page, 'Tags');
    await page.getByRole('link', { name: 'Paris', exact: true }).click();
    const table = page.getByRole('table', { name: 'Contacts' });
    await expect(table.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(4);
    await table.getByRole('link', { name: 'Ellen Email' }).click();
    await expect(page.getByText('+49 30 1112223').or(page.getByText('030 1112223')).first()).toBeVisible();
  });
});

// A real crash (the browser killed right after a save) is in captureRestart.spec.ts.
test('a half-typed capture survives a reload; once saved it is stored, seen from a new page, and no longer a draft', async ({ page, context }) => {
  await startEmpty(page);
  await openCapture(page);
  await field(page, 'First name').fill('Drafty');
  await field(page, 'Last name').fill('McDraft');
  await field(page, 'Notes').pressSequentially('Wants a call');
  await page.reload();
  await expect(field(page, 'First name')).toHaveValue('Drafty');
  await expect(field(page, 'Last name')).toHaveValue('McDraft');
  await expect(field(page, 'Notes')).toHaveValue('Wants a call');

  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(field(page, 'First name')).toHaveValue('');
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('/#/contacts');
  await expect(reopened.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: 'Drafty McDraft' })).toBeVisible();
  await reopened.goto('/#/capture');
  // The saved capture is not brought back as a draft.
  await expect(field(reopened, 'First name')).toHaveValue('');
  await expect(reopened.getByRole('button', { name: 'Fix Drafty McDraft' })).toBeVisible();
});

test('pasted signatures of several styles fill the form for review', async ({ page }) => {
  await startEmpty(page);
  await openCapture(page);
  const signatures = [
    { text: 'Best regards,\nJane Doe\nHead of Marketing\nAcme GmbH\nTel: +49 30 1234567\njane.doe@acme.example\nwww.acme.example', expected: { 'First name': 'Jane', 'Last name': 'Doe', Email: 'jane.doe@acme.example', Phone: '+49 30 1234567', 'Job title': 'Head of Marketing', Website: 'www.acme.example' }, company: 'Acme GmbH' },
    { text: 'Sam Carter | Senior Engineer | Initech Inc. | +1 415 555 0132 | sam@initech.example', expected: { 'First name': 'Sam', 'Last name': 'Carter', Email: 'sam@initech.example', 'Job title': 'Senior Engineer' }, company: 'Initech Inc.' },
  ];
  for (const { text, expected, company } of signatures) {
    await page.getByRole('button', { name: 'Paste signature' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste a signature or card' });
    await dialog.getByRole('textbox', { name: 'Signature or card text' }).fill(text);
    await dialog.getByRole('button', { name: 'Fill the form' }).click();
    for (const [label, value] of Object.entries(expected)) await expect(field(page, label)).toHaveValue(value);
    await expect(form(page).getByRole('combobox', { name: 'Company' })).toHaveValue(company);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(captureStatus(page)).toHaveText(`Saved ${expected['First name']} ${expected['Last name']}`);
  }
});

test('a signature pasted straight into a field fills the form', async ({ page }) => {
  await startEmpty(page);
  await openCapture(page);
  const text = '--\nMarco Rossi, CTO\nPixelwerk\nM +39 347 123 4567 · marco@pixelwerk.example';
  await field(page, 'First name').evaluate((input, pasted) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', pasted);
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
  await expect(field(page, 'First name')).toHaveValue('Marco');
  await expect(field(page, 'Last name')).toHaveValue('Rossi');
  await expect(field(page, 'Job title')).toHaveValue('CTO');
  await expect(field(page, 'Email')).toHaveValue('marco@pixelwerk.example');
  await expect(field(page, 'Phone')).toHaveValue('+39 347 123 4567');
  await expect(form(page).getByRole('combobox', { name: 'Company' })).toHaveValue('Pixelwerk');
});

test('badge QR codes decoded from pictures fill the form (vCard, MECARD, a URL, plain text with an email); an unknown code goes to notes', async ({ page }) => {
  await startEmpty(page);
  await openCapture(page);
  const scan = async (file: string) => {
    await page.getByRole('button', { name: 'Scan badge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Scan a badge' });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Read a badge photo' }).click();
    await (await chooser).setFiles(fixture(file));
    await expect(dialog).toBeHidden();
  };
  await scan('badge-vcard.png');
  await expect(captureStatus(page)).toHaveText('Read a vCard badge: check the fields and save');
  await expect(field(page, 'First name')).toHaveValue('Quinn');
  await expect(field(page, 'Last name')).toHaveValue('Quantum');
  await expect(field(page, 'Email')).toHaveValue('quinn@qubit.example');
  await expect(field(page, 'Job title')).toHaveValue('Head of Research');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page)).toHaveText('Saved Quinn Quantum');

  await scan('badge-mecard.png');
  await expect(field(page, 'First name')).toHaveValue('Mona');
  await expect(field(page, 'Phone')).toHaveValue('+33 1 42 68 53 00');
  await expect(form(page).getByRole('combobox', { name: 'Company' })).toHaveValue('Badges SA');
  await form(page).getByRole('button', { name: /Save and next/ }).click();
  await expect(captureStatus(page)).toHaveText('Saved Mona Mecard');

  await scan('badge-url.png');
  await expect(field(page, 'Website')).toHaveValue('https://www.linkedin.com/in/urla-link');
  await field(page, 'Website').fill('');
  await scan('badge-text.png');
  await expect(captureStatus(page)).toHaveText('Read the badge text: check the fields and save');
  await expect(field(page, 'First name')).toHaveValue('Tara');
  await expect(field(page, 'Last name')).toHaveValue('Textor');
  await expect(field(page, 'Email')).toHaveValue('tara.textor@plainworks.example');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page)).toHaveText('Saved Tara Textor');
  await scan('badge-unknown.png');
  await expect(captureStatus(page)).toContainText('unknown format');
  await expect(field(page, 'Notes')).toHaveValue('EXPO26-ATTENDEE-88213');
});

test('a .vcf file dropped onto the view opens its cards one by one', async ({ page }) => {
  await startEmpty(page);
  await openCapture(page);
  const text = readFileSync(fixture('expo-cards.vcf'), 'utf8');
  const drop = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'expo-cards.vcf', { type: 'text/vcard' }));
    return transfer;
  }, text);
  await page.getByRole('region', { name: 'Contact' }).dispatchEvent('drop', { dataTransfer: drop });
  await expect(field(page, 'First name')).toHaveValue('Carla');
  // The status line and the counter beside it count the same way.
  await expect(captureStatus(page)).toHaveText('Card 1 of 2: check it and save');
  await expect(page.getByText('Card 1 of 2', { exact: true })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(field(page, 'First name')).toHaveValue('Derek');
  await expect(captureStatus(page)).toHaveText('Card 2 of 2: check it and save');
  await expect(page.getByText('Card 2 of 2', { exact: true })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page)).toHaveText('Saved Derek Deckard');
  await expect(page.getByText(/^Card \d of 2$/)).toBeHidden();
});

test('the capture view in the dark theme has no serious accessibility issue', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startEmpty(page);
  await openCapture(page);
  await startEvent(page, 'Night Expo', { tags: ['Night'], list: 'Night leads' });
  await captureQuickly(page, { 'First name': 'Dora', 'Last name': 'Dark', Email: 'dora@dark.example' });
  await field(page, 'Email').fill('dora@dark.example');
  await expect(warning(page, 'Dora Dark')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the capture view with a duplicate warning, dark theme');
  for (const [button, dialogName] of [
    ['Switch event', 'Start an event'],
    ['Scan badge', 'Scan a badge'],
    ['Paste signature', 'Paste a signature or card'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name: dialogName });
    await expect(dialog).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the ${dialogName} dialog, dark theme`);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  }
});

// The profile's Record info: "Owner Jo Ortiz", "Source Expo Lisbon".
const recordInfo = (page: Page, label: string, value: string) => page.getByRole('region', { name: 'Record info' }).getByRole('row', { name: `${label} ${value}`, exact: true });

async function openContact(page: Page, name: string): Promise<void> {
  await openSection(page, 'Contacts');
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function taggedNames(page: Page, tag: string): Promise<string[]> {
  await openSection(page, 'Tags');
  await page.getByRole('link', { name: tag, exact: true }).click();
  const rows = page.getByRole('table', { name: 'Contacts' }).getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows.first()).toBeVisible();
  return (await rows.getByRole('link').allInnerTexts()).sort();
}

test('the event’s owner goes on every capture; switching to another event and ending it are one step each', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await openCapture(page);
  const bar = page.getByRole('region', { name: 'Event' });
  await startEvent(page, 'Expo Lisbon', { tags: ['Lisbon'], list: 'Lisbon leads', owner: 'Jo Ortiz' });
  await expect(bar).toContainText('Owner: Jo Ortiz');
  await captureQuickly(page, { 'First name': 'Lia', 'Last name': 'Lisbon', Email: 'lia@lisbon.example' });
  await captureQuickly(page, { 'First name': 'Luis', 'Last name': 'Lisbon', Email: 'luis@lisbon.example' });
  await expect(bar).toContainText('This event 2');

  // Switching is the event dialog again: the new event replaces the old at once.
  await startEvent(page, 'Expo Madrid', { tags: ['Madrid'], list: 'Madrid leads' });
  await expect(bar.getByText('Expo Lisbon', { exact: true })).toBeHidden();
  await expect(bar).not.toContainText('Owner:');
  await expect(bar).toContainText('This event 0');
  await captureQuickly(page, { 'First name': 'Mara', 'Last name': 'Madrid', Email: 'mara@madrid.example' });
  await expect(bar).toContainText('This event 1');

  await bar.getByRole('button', { name: 'End event' }).click();
  await expect(bar).toContainText('No event: captures get no event tags or list.');
  await expect(bar.getByRole('button', { name: 'Start event' })).toBeVisible();
  await captureQuickly(page, { 'First name': 'Nico', 'Last name': 'Noevent', Email: 'nico@none.example' });
  await expect(bar).toContainText('Today 4');

  expect(await taggedNames(page, 'Lisbon')).toEqual(['Lia Lisbon', 'Luis Lisbon']);
  expect(await taggedNames(page, 'Madrid')).toEqual(['Mara Madrid']);
  for (const [name, owner, source] of [
    ['Lia Lisbon', 'Jo Ortiz', 'Expo Lisbon'],
    ['Luis Lisbon', 'Jo Ortiz', 'Expo Lisbon'],
    ['Mara Madrid', 'Nobody yet', 'Expo Madrid'],
    ['Nico Noevent', 'Nobody yet', 'Capture'],
  ] as const) {
    await openContact(page, name);
    await expect(recordInfo(page, 'Owner', owner)).toBeVisible();
    await expect(recordInfo(page, 'Source', source)).toBeVisible();
  }
});

test('an event asks for up to five extra fields chosen for it, and stores them on each capture', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await openSection(page, 'Settings');
  const extras = ['Booth visited', 'Budget', 'Region', 'Product', 'Timeline', 'Headcount'];
  for (const label of extras) await addAttribute(page, { label });
  await openCapture(page);
  await page.getByRole('region', { name: 'Event' }).getByRole('button', { name: 'Start event' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start an event' });
  await dialog.getByRole('textbox', { name: 'Event name' }).fill('Expo Vienna');
  // With nothing picked the picker's input is a 1 px line: opened from the keyboard.
  const picker = dialog.getByRole('combobox', { name: 'Extra fields' });
  await picker.focus();
  await picker.press('ArrowDown');
  for (const label of extras.slice(0, 5)) await page.getByRole('option', { name: label, exact: true }).click();
  await expect(dialog).not.toContainText('Choose up to 5 attributes');
  // The sixth is refused, and the picker says why.
  await page.getByRole('option', { name: 'Headcount', exact: true }).click();
  await expect(dialog).toContainText('Choose up to 5 attributes');
  await expectNoSeriousA11yViolations(page, 'the event dialog with five extra fields');
  await dialog.getByRole('button', { name: 'Start event' }).click();
  await expect(dialog).toBeHidden();

  for (const label of extras.slice(0, 5)) await expect(field(page, label)).toBeVisible();
  await expect(field(page, 'Headcount')).toHaveCount(0);
  // Large type, the event's extra fields included: no field of the form below 18 px.
  const fields = form(page).getByRole('textbox').or(form(page).getByRole('combobox'));
  await expect(fields).toHaveCount(13);
  const smallFields = await fields.evaluateAll((inputs) => inputs.filter((input) => parseFloat(getComputedStyle(input).fontSize) < 18).map((input) => (input as HTMLInputElement).labels?.[0]?.textContent));
  expect(smallFields).toEqual([]);
  await field(page, 'First name').fill('Vera');
  await field(page, 'Last name').fill('Vienna');
  await field(page, 'Booth visited').fill('B12');
  await field(page, 'Timeline').fill('Q3');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page)).toHaveText('Saved Vera Vienna');
  await openContact(page, 'Vera Vienna');
  const details = page.getByRole('region', { name: 'Contact details' });
  await expect(details.getByRole('button', { name: 'Edit Booth visited', exact: true })).toHaveAccessibleDescription('B12');
  await expect(details.getByRole('button', { name: 'Edit Timeline', exact: true })).toHaveAccessibleDescription('Q3');
});

test('typing a company name offers the existing company, and picking it joins it', async ({ page }) => {
  await startEmpty(page);
  await createCompany(page, 'Initech', 'initech.example');
  await openCapture(page);
  await field(page, 'First name').fill('Cora');
  await field(page, 'Last name').fill('Joiner');
  const company = form(page).getByRole('combobox', { name: 'Company' });
  await company.pressSequentially('ini');
  const offered = page.getByRole('option', { name: 'Initech (initech.example)' });
  await expect(offered).toBeVisible();
  await company.press('ArrowDown');
  await company.press('Enter');
  await expect(company).toHaveValue('Initech (initech.example)');
  await field(page, 'Job title').fill('Buyer');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(captureStatus(page)).toHaveText('Saved Cora Joiner');
  // Joined by the picked company itself: the shown text (name and domain) made no new company.
  await openSection(page, 'Companies');
  await expect(page.getByRole('table', { name: 'Companies' }).getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(1);
  await page.getByRole('link', { name: 'Initech', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Employees' }).getByText('Cora Joiner')).toBeVisible();
});

// A contact made outside capture, through the New contact form: no event tags.
async function createContactElsewhere(page: Page, fields: Record<string, string>): Promise<void> {
  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  for (const [label, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByRole('heading', { name: `${fields['First name']} ${fields['Last name']}`, level: 1 })).toBeVisible();
}

test('each choice of the duplicate warning by keyboard alone; Update adds the event tag and says what it kept', async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  await createContactElsewhere(page, { 'First name': 'Ellen', 'Last name': 'Elsewhere', Email: 'ellen@elsewhere.example' });
  await createContactElsewhere(page, { 'First name': 'Olga', 'Last name': 'Openable', Email: 'olga@open.example' });
  await createContactElsewhere(page, { 'First name': 'Carl', 'Last name': 'Twice', Phone: '+49 30 5550199' });
  await openCapture(page);
  await startEvent(page, 'Expo Oslo', { tags: ['Oslo'], list: 'Oslo leads' });
  await field(page, 'First name').focus();
  const update = (name: string) => warning(page, name).getByRole('button', { name: 'Update this one with what I typed' });

  await test.step('Update this one: Ctrl+Enter, then Enter', async () => {
    // A different first name for the same email: kept, and said so.
    await page.keyboard.type('Elena');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('ellen@elsewhere.example');
    await expect(warning(page, 'Ellen Elsewhere')).toContainText('same email');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(update('Ellen Elsewhere')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(captureStatus(page)).toHaveText('Updated Ellen Elsewhere; kept their first name (different from what you typed)');
    await expect(field(page, 'First name')).toBeFocused();
  });

  await test.step('Create anyway: Ctrl+Enter, Tab, Enter, then save', async () => {
    await page.keyboard.type('Carla');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Twice');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('+49 30 5550199');
    await expect(warning(page, 'Carl Twice')).toContainText('same phone number');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(update('Carl Twice')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(warning(page, 'Carl Twice').getByRole('button', { name: 'Create anyway' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(warning(page, 'Carl Twice')).toBeHidden();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(captureStatus(page)).toHaveText('Saved Carla Twice');
  });

  await test.step('Open: Ctrl+Enter, Shift+Tab, Enter', async () => {
    await expect(field(page, 'First name')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('olga@open.example');
    await expect(warning(page, 'Olga Openable')).toContainText('same email');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(update('Olga Openable')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(warning(page, 'Olga Openable').getByRole('link', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Olga Openable', level: 1 })).toBeVisible();
  });

  await test.step('Ellen, made outside the event, now has its tag; Carl was not changed', async () => {
    expect(await taggedNames(page, 'Oslo')).toEqual(['Carla Twice', 'Ellen Elsewhere']);
    await openContact(page, 'Carl Twice');
    await expect(page.getByRole('region', { name: 'Tags' }).getByText('Oslo')).toHaveCount(0);
  });
});

test('the save-time check holds back a duplicate the live check has not shown yet', async ({ page }) => {
  await startEmpty(page);
  await createContactElsewhere(page, { 'First name': 'Rhea', 'Last name': 'Recheck', Email: 'rhea@recheck.example' });
  await openCapture(page);
  await field(page, 'First name').fill('Rhea');
  // The last keystroke and Ctrl+Enter in one go, as a badge scanner's keyboard wedge sends them:
  // the save runs before the live duplicate lookup has answered.
  await field(page, 'Email').evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'rhea@recheck.example');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
  });
  await expect(warning(page, 'Rhea Recheck')).toContainText('same email');
  await expect(warning(page, 'Rhea Recheck').getByRole('button', { name: 'Update this one with what I typed' })).toBeFocused();
  await expect(field(page, 'Email')).toHaveValue('rhea@recheck.example');
  await expect(page.getByRole('region', { name: 'Event' })).toContainText('Today 0');
  await openSection(page, 'Contacts');
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('link', { name: /Rhea/ })).toHaveCount(1);
});

test('the draft is written when typing pauses and when the view is left, not on every keystroke', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    const counted = window as unknown as { draftWrites: number };
    counted.draftWrites = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'outpost.capture.draft') counted.draftWrites += 1;
      setItem.call(this, key, value);
    };
  });
  const draftWrites = () => page.evaluate(() => (window as unknown as { draftWrites: number }).draftWrites);
  await page.clock.install();
  await startEmpty(page);
  await openCapture(page);
  // With the clock stopped the draft's 300 ms pause never comes: each write seen would be one per render.
  await page.clock.pauseAt(Date.now() + 60_000);
  await field(page, 'First name').pressSequentially('Wilhelmina');
  await field(page, 'Last name').pressSequentially('Sparingly');
  expect(await draftWrites()).toBe(0);
  await page.clock.runFor(400);
  expect(await draftWrites()).toBe(1);

  await field(page, 'Notes').pressSequentially('Left at once');
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  expect(await draftWrites()).toBe(2);
  await page.clock.resume();
  await openSection(page, 'Capture');
  await expect(field(page, 'First name')).toHaveValue('Wilhelmina');
  await expect(field(page, 'Last name')).toHaveValue('Sparingly');
  await expect(field(page, 'Notes')).toHaveValue('Left at once');
});
