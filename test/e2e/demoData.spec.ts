import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, loadDemoData, openSection, sections } from './helpers';

test('demo data loads through the app and every view shows it, accessibly, after a reload too', async ({ page }) => {
  test.setTimeout(240_000);
  await loadDemoData(page);
  await expect(page.getByText('2,000 contacts', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Contacts' }).getByRole('link').first()).toBeVisible();

  for (const section of sections) {
    await test.step(section, async () => {
      await openSection(page, section);
      await expectNoSeriousA11yViolations(page, section);
    });
  }
  await openSection(page, 'Companies');
  await expect(page.getByText('300 companies')).toBeVisible();
  await openSection(page, 'Deals');
  // The board shows one pipeline's open deals at a time, with their totals.
  await expect(page.getByText(/^\d[\d,]* deals · .* weighted /).first()).toBeVisible();

  await test.step('dark theme is accessible too', async () => {
    await openSection(page, 'Settings');
    await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Dark').click();
    await openSection(page, 'Contacts');
    await expectNoSeriousA11yViolations(page, 'Contacts in dark theme');
  });

  await test.step('a reload keeps the data', async () => {
    await page.reload();
    await expect(page.getByText('2,000 contacts', { exact: true })).toBeVisible();
  });

  await test.step('the command palette jumps to views and records', async () => {
    await page.keyboard.press('ControlOrMeta+K');
    const search = page.getByRole('textbox', { name: 'Search Outpost' });
    await expect(search).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'command palette');
    await search.fill('tick');
    await page.getByRole('button', { name: /^Tickets/ }).click();
    await expect(page.getByRole('heading', { name: 'Tickets', level: 1 })).toBeVisible();

    await openSection(page, 'Contacts');
    const name = (await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().textContent()) ?? '';
    await page.getByRole('button', { name: 'Open command palette' }).click();
    await search.fill(name.split(' ')[0] ?? name);
    await page.getByRole('button', { name: new RegExp(`^${name}`) }).first().click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'contact details');
  });

  await test.step('a deleted contact comes back with Undo', async () => {
    const name = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    await page.getByRole('button', { name: 'Delete contact' }).click();
    await expect(page.getByText('1,999 contacts', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('2,000 contacts', { exact: true })).toBeVisible();
    await expect(page.getByText(`Undone: Deleted ${name}`)).toBeVisible();
  });
});
