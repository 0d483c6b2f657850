import { expect, test, type Locator, type Page } from '@playwright/test';
import { pickOption } from './attributeSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

async function saveProfile(page: Page, name: string): Promise<void> {
  await openSection(page, 'Settings');
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Name').fill(name);
  await profile.getByLabel('Email').fill('agent@outpost.test');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
}

async function addCategory(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a ticket category' });
  await form.getByLabel('Category name').fill(name);
  await form.getByRole('button', { name: 'Add category' }).click();
  await expect(page.getByRole('list', { name: 'Ticket categories' }).getByText(name, { exact: true })).toBeVisible();
}

async function createTicket(page: Page, subject: string, options: { category?: string; assignee?: string } = {}): Promise<void> {
  await page.getByRole('button', { name: 'New ticket' }).first().click();
  const form = page.getByRole('form', { name: 'New ticket' });
  await form.getByRole('textbox', { name: 'Subject' }).fill(subject);
  if (options.category) {
    await form.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: options.category, exact: true }).click();
  }
  if (options.assignee) {
    await form.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: options.assignee, exact: true }).click();
  }
  await form.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { name: subject, level: 1 })).toBeVisible();
}

// Presses on the card's lower edge (not its link), then moves in steps so dnd-kit sees a drag.
async function dragCard(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or column not on screen');
  await page.mouse.move(from.x + 12, from.y + from.height - 8);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
}

test('a ticket from first message to resolved and reopened, with its thread and history', async ({ page }) => {
  await startEmpty(page);
  await saveProfile(page, 'Mara Field');
  await addCategory(page, 'Billing');

  await openSection(page, 'Tickets');
  await expect(page.getByRole('heading', { name: 'No tickets yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New ticket' }).first().click();
  const form = page.getByRole('form', { name: 'New ticket' });
  await form.getByRole('button', { name: 'Create ticket' }).click();
  await expect(form.getByText('A ticket needs a subject')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await createTicket(page, 'Invoice shows the wrong VAT number', { category: 'Billing', assignee: 'Mara Field' });

  await expect(page.getByText('No messages yet.')).toBeVisible();
  const composer = page.getByRole('form', { name: 'Reply or note' });
  await composer.getByLabel('Reply to the contact').fill('Thanks, I am **looking** into it. <img src=x onerror=alert(1)> <script>alert(2)</script>');
  // Ctrl+Enter sends.
  await composer.getByLabel('Reply to the contact').press('Control+Enter');
  const thread = page.getByRole('list', { name: 'Ticket thread' });
  const reply = thread.getByRole('listitem', { name: 'Reply by Mara Field' });
  await expect(reply.locator('strong')).toHaveText('looking');
  // Markup in a message is shown as text, never run.
  await expect(reply).toContainText('<img src=x onerror=alert(1)> <script>alert(2)</script>');
  await expect(thread.locator('img, script')).toHaveCount(0);

  await composer.getByRole('radiogroup', { name: 'Message kind' }).getByText('Internal note').click();
  await composer.getByLabel('Internal note for the team').fill('Customer is on the Pro plan.');
  await composer.getByRole('button', { name: 'Add note' }).click();
  const note = thread.getByRole('listitem', { name: 'Internal note by Mara Field' });
  await expect(note).toContainText('Customer is on the Pro plan.');
  await expect(note.getByText('Internal', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread.getByRole('listitem', { name: 'Status changed from Open to Resolved' })).toContainText('Mara Field');
  await page.getByRole('button', { name: 'Undo' }).waitFor();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(thread.getByRole('listitem', { name: 'Status changed from Resolved to Open' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('Open');
  await expectNoSeriousA11yViolations(page, 'the ticket view');

  await page.getByRole('link', { name: 'All tickets' }).click();
  const inbox = page.getByRole('list', { name: 'Ticket inbox' });
  await expect(inbox.getByRole('link', { name: /Invoice shows the wrong VAT number/ })).toContainText('Billing');
  await page.getByRole('button', { name: 'Assigned to me' }).click();
  await expect(inbox.getByRole('link', { name: /Invoice shows the wrong VAT number/ })).toBeVisible();
  await page.getByRole('button', { name: 'Unassigned' }).click();
  await expect(page.getByRole('heading', { name: 'No ticket matches these filters' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(inbox.getByRole('listitem')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'the ticket inbox');
});

test('the board changes a status by mouse drag and by keyboard, and logs each move', async ({ page }) => {
  // In the dark theme, so its contrast is checked too.
  await page.emulateMedia({ colorScheme: 'dark' });
  await startEmpty(page);
  await openSection(page, 'Tickets');
  await createTicket(page, 'Sync stuck at 99%');
  await page.getByRole('link', { name: 'All tickets' }).click();
  await createTicket(page, 'Webhook not firing');
  await page.getByRole('link', { name: 'All tickets' }).click();

  await page.getByRole('radiogroup', { name: 'Ticket layout' }).getByText('Board').click();
  const open = page.getByRole('region', { name: 'Open tickets' });
  const pending = page.getByRole('region', { name: 'Pending tickets' });
  const resolved = page.getByRole('region', { name: 'Resolved tickets' });
  await expect(open.getByRole('article')).toHaveCount(2);

  await dragCard(page, open.getByRole('article', { name: 'Sync stuck at 99%' }), pending);
  await expect(pending.getByRole('article', { name: 'Sync stuck at 99%' })).toBeVisible();
  await expect(open.getByRole('article')).toHaveCount(1);

  // The keyboard way: the card's Move menu.
  const move = open.getByRole('button', { name: 'Move Webhook not firing' });
  await move.focus();
  await page.keyboard.press('Enter');
  const target = page.getByRole('menuitem', { name: 'Resolved' });
  await expect(target).toBeVisible();
  // Arrow down through the statuses to Resolved, then Enter.
  for (let step = 0; step < 6 && !(await target.evaluate((item) => item === document.activeElement)); step += 1) await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(resolved.getByRole('article', { name: 'Webhook not firing' })).toBeVisible();
  await expect(open.getByText('Drop a ticket here to mark it open.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the ticket board');

  await pending.getByRole('link', { name: 'Sync stuck at 99%' }).click();
  await expect(page.getByRole('list', { name: 'Ticket thread' }).getByRole('listitem', { name: 'Status changed from Open to Pending' })).toBeVisible();
  const composer = page.getByRole('form', { name: 'Reply or note' });
  await composer.getByRole('radiogroup', { name: 'Message kind' }).getByText('Internal note').click();
  await composer.getByLabel('Internal note for the team').fill('Asked engineering for a **workaround**.');
  await composer.getByLabel('Internal note for the team').press('Control+Enter');
  await expect(page.getByRole('listitem', { name: 'Internal note by An agent' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the ticket view in the dark theme');
});

test('ticket categories are added, renamed and deleted after a confirmation', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addCategory(page, 'Billing');
  const categories = page.getByRole('list', { name: 'Ticket categories' });
  await categories.getByRole('button', { name: 'Rename Billing' }).click();
  await page.getByRole('textbox', { name: 'New name for Billing' }).fill('Payments');
  await page.getByRole('textbox', { name: 'New name for Billing' }).press('Enter');
  await expect(categories.getByText('Payments', { exact: true })).toBeVisible();

  await categories.getByRole('button', { name: 'Delete Payments' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete the category Payments?' });
  await expect(dialog).toContainText('No ticket is in this category.');
  await dialog.getByRole('button', { name: 'Delete category' }).click();
  await expect(page.getByText('No categories yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Settings with ticket categories');
});

test('a ticket opened for a contact shows on their profile and timeline, with a ticket attribute', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const attributes = page.getByRole('region', { name: 'Attributes' });
  await attributes.getByRole('tab', { name: 'Tickets' }).click();
  await attributes.getByRole('button', { name: 'Add attribute' }).click();
  const dialog = page.getByRole('dialog', { name: 'New attribute' });
  await expect(dialog.getByRole('combobox', { name: 'Object' })).toHaveValue('Ticket');
  await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('Order number');
  await dialog.getByRole('button', { name: 'Add attribute' }).click();
  await expect(dialog).toHaveCount(0);

  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await contactForm.getByRole('textbox', { name: 'First name', exact: true }).fill('Ada');
  await contactForm.getByRole('textbox', { name: 'Last name', exact: true }).fill('Lovelace');
  await contactForm.getByRole('textbox', { name: 'Email', exact: true }).fill('ada@example.com');
  await contactForm.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);

  await openSection(page, 'Tickets');
  await page.getByRole('button', { name: 'New ticket' }).first().click();
  const form = page.getByRole('form', { name: 'New ticket' });
  await form.getByRole('textbox', { name: 'Subject' }).fill('Cannot log in after password reset');
  // Found through the token index by email as well as by name.
  await form.getByRole('combobox', { name: 'Contact' }).fill('ada@exa');
  await page.getByRole('option', { name: 'Ada Lovelace (ada@example.com)' }).click();
  await form.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByText('From Ada Lovelace')).toBeVisible();

  const details = page.getByRole('region', { name: 'Ticket details' });
  await details.getByRole('textbox', { name: 'Order number' }).fill('A-1042');
  await pickOption(page, details.getByRole('combobox', { name: 'Priority' }), 'Urgent');
  // The control shows the stored ticket: once it reads Urgent, the write has committed.
  await expect(details.getByRole('combobox', { name: 'Priority' })).toHaveValue('Urgent');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Ticket details' }).getByRole('textbox', { name: 'Order number' })).toHaveValue('A-1042');
  await expect(page.getByRole('region', { name: 'Ticket details' }).getByRole('combobox', { name: 'Priority' })).toHaveValue('Urgent');

  await page.getByRole('region', { name: 'Ticket details' }).getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('tab', { name: 'Tickets' }).click();
  const tickets = page.getByRole('table', { name: 'Tickets' });
  await expect(tickets.getByRole('row', { name: /Cannot log in after password reset.*Urgent/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await page.getByRole('link', { name: 'Cannot log in after password reset' }).click();
  await expect(page.getByRole('heading', { name: 'Cannot log in after password reset', level: 1 })).toBeVisible();
});
