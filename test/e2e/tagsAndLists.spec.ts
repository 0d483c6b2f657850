import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, loadDemoData, openSection } from './helpers';

const contactsOf = async (page: Page, name: string) => {
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });
  return Number(((await row.getByRole('cell').nth(1).textContent()) ?? '').replace(/\D/g, ''));
};

test('tags: rename, merge with undo, delete, and a tag’s page lists its contacts', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await openSection(page, 'Tags');
  const table = page.getByRole('table', { name: 'Tags' });
  await expect(table.getByRole('link')).toHaveCount(12);
  await expect(table.getByText(/^\d[\d,]* contacts?$/)).toHaveCount(12);
  await expectNoSeriousA11yViolations(page, 'the tags page');

  await test.step('renaming keeps the tag on its contacts', async () => {
    const before = await contactsOf(page, 'VIP');
    await page.getByRole('button', { name: 'Edit VIP' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit tag VIP' });
    await dialog.getByLabel('Name').fill('Very important');
    await dialog.getByRole('button', { name: 'Save tag' }).click();
    await expect(table.getByRole('link', { name: 'Very important' })).toBeVisible();
    expect(await contactsOf(page, 'Very important')).toBe(before);
  });

  await test.step('merging moves every contact to the surviving tag, and Undo brings the other back', async () => {
    const newsletter = await contactsOf(page, 'Newsletter');
    const webinar = await contactsOf(page, 'Webinar');
    await page.getByRole('button', { name: 'Merge Newsletter' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge the tag Newsletter' });
    await dialog.getByRole('combobox', { name: 'Merge into' }).click();
    await page.getByRole('option', { name: 'Webinar', exact: true }).click();
    await dialog.getByRole('button', { name: 'Merge tags' }).click();
    await expect(table.getByRole('link', { name: 'Newsletter' })).toHaveCount(0);
    const merged = await contactsOf(page, 'Webinar');
    expect(merged).toBeGreaterThanOrEqual(Math.max(newsletter, webinar));
    expect(merged).toBeLessThanOrEqual(newsletter + webinar);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('link', { name: 'Newsletter' })).toBeVisible();
    await expect.poll(() => contactsOf(page, 'Webinar')).toBe(webinar);
  });

  await test.step('a tag’s page is the contacts table of its contacts', async () => {
    const hot = await contactsOf(page, 'Hot lead');
    await table.getByRole('link', { name: 'Hot lead' }).click();
    await expect(page.getByRole('heading', { name: 'Tag: Hot lead', level: 1 })).toBeVisible();
    await expect(page.getByText(`${hot.toLocaleString('en')} contact`).first()).toBeVisible();
    await page.goBack();
  });

  await test.step('deleting a tag offers Undo', async () => {
    await page.getByRole('button', { name: 'Delete Partner' }).click();
    await expect(table.getByRole('link', { name: 'Partner' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(table.getByRole('link', { name: 'Partner' })).toBeVisible();
  });
});

test('lists: create one, add contacts from its page, and see them listed', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await openSection(page, 'Lists');
  await page.getByRole('button', { name: 'New list' }).click();
  const dialog = page.getByRole('dialog', { name: 'New list' });
  await dialog.getByRole('button', { name: 'Create list' }).click();
  await expect(dialog.getByText('A list needs a name')).toBeVisible();
  await dialog.getByLabel('Name').fill('Call back Monday');
  await dialog.getByLabel('Description').fill('Asked for a call after the fair');
  await dialog.getByRole('button', { name: 'Create list' }).click();
  const table = page.getByRole('table', { name: 'Lists' });
  await expect(table.getByRole('row').filter({ hasText: 'Call back Monday' })).toContainText('0 contacts');
  await expectNoSeriousA11yViolations(page, 'the lists page');

  await table.getByRole('link', { name: 'Call back Monday' }).click();
  await expect(page.getByRole('heading', { name: 'List: Call back Monday', level: 1 })).toBeVisible();
  await expect(page.getByText('This list is empty')).toBeVisible();
  await page.getByRole('button', { name: 'Add contacts' }).click();
  const picker = page.getByRole('dialog', { name: 'Add contacts to Call back Monday' });
  await picker.getByLabel('Find contacts').fill('an');
  const options = picker.getByRole('checkbox');
  await options.nth(0).check();
  await options.nth(1).check();
  await picker.getByRole('button', { name: 'Add 2 contacts' }).click();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(2);
  await openSection(page, 'Lists');
  await expect(table.getByRole('row').filter({ hasText: 'Call back Monday' })).toContainText('2 contacts');
});
