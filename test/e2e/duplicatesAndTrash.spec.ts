import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, loadDemoData, openSection } from './helpers';

test.describe.configure({ timeout: 240_000 });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const groups = (page: Page) => page.getByRole('article', { name: /^Possible duplicates: / });

async function openDuplicates(page: Page): Promise<void> {
  await page.goto('/#/contacts/duplicates');
  await expect(page.getByRole('heading', { name: 'Duplicates', level: 1 })).toBeVisible();
  await expect(page.getByText(/likely duplicates? among [\d,]+ contacts/)).toBeVisible({ timeout: 30_000 });
}

// The first contact the Contacts view links to, whichever way the list presents its rows.
async function openFirstContact(page: Page): Promise<string> {
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).not.toHaveText('Contacts');
  return (await heading.textContent()) ?? '';
}

test('likely duplicates are listed with reasons, kept separate for good, or merged and unmerged', async ({ page }) => {
  await loadDemoData(page);
  await openDuplicates(page);
  await expectNoSeriousA11yViolations(page, 'Duplicates');
  // Needs a likely duplicate in the demo workspace.
  await expect(groups(page).first()).toBeVisible();

  await test.step('Merge… asks per field, merges, and Undo brings the contacts back', async () => {
    const group = groups(page).first();
    const name = (await group.getAttribute('aria-label')) ?? '';
    await group.getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge contacts' });
    await expect(dialog.getByRole('radiogroup', { name: 'Contact to keep' })).toBeVisible();
    await expect(dialog.getByRole('radiogroup', { name: 'Contact to keep' }).getByRole('radio', { checked: true })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, 'merge dialog');
    await dialog.getByRole('button', { name: /^Merge \d+ contacts$/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
    await expect(page.getByText(/^Merged \d+ contacts? into /)).toBeVisible();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(/^Undone: Merged \d+ contacts? into /)).toBeVisible();
    await expect(page.getByRole('article', { name, exact: true })).toBeVisible();
  });

  await test.step('Keep separate removes the group, also after a reload', async () => {
    const group = groups(page).first();
    const name = (await group.getAttribute('aria-label')) ?? '';
    await expect(group.getByText(/^(Same email|Same phone number|Same external id|Similar name at .+)$/).first()).toBeVisible();
    await group.getByRole('button', { name: 'Keep separate' }).click();
    await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
    await openDuplicates(page);
    await expect(page.getByRole('article', { name, exact: true })).toHaveCount(0);
  });
});

test('a deleted contact waits in the trash and is deleted forever only after asking', async ({ page }) => {
  await loadDemoData(page);
  const name = await openFirstContact(page);
  await page.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();

  await openSection(page, 'Settings');
  const trash = page.getByRole('region', { name: 'Trash' });
  const deleted = trash.getByRole('table', { name: 'Deleted records' });
  await expect(deleted.getByRole('row', { name: new RegExp(`${escaped(name)}.*Contact`) })).toBeVisible();

  await deleted.getByRole('button', { name: `Delete ${name} forever` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name} forever?` });
  await expect(confirm.getByText('This cannot be undone.')).toBeVisible();
  // Notifications' close buttons have no accessible name yet: check once "Deleted …" has gone.
  await expect(page.getByText(`Deleted ${name}`, { exact: true })).toBeHidden({ timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, 'purge confirmation');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(deleted.getByRole('row', { name: new RegExp(escaped(name)) })).toBeVisible();

  await deleted.getByRole('button', { name: `Delete ${name} forever` }).click();
  await page.getByRole('dialog', { name: `Delete ${name} forever?` }).getByRole('button', { name: 'Delete forever' }).click();
  await expect(page.getByText(`Deleted ${name} forever`)).toBeVisible();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Trash' }).getByText('The trash is empty.')).toBeVisible();
});
