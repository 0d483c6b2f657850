import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, startEmpty } from './helpers';

test('the welcome screen offers an empty start or demo data, and is accessible', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Outpost' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'welcome');
  await page.getByRole('button', { name: 'Start empty' }).click();
  await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await page.reload();
  // The choice is remembered: no welcome screen after a reload.
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome to Outpost' })).toHaveCount(0);
});

test('the status bar shows online or offline and the unsynced changes', async ({ page, context }) => {
  await startEmpty(page);
  const status = page.getByRole('status', { name: 'Sync status' });
  await expect(status).toContainText('Online');
  await expect(status).toContainText('All changes synced');
  await context.setOffline(true);
  await expect(status).toContainText('Offline');
  await context.setOffline(false);
  await expect(status).toContainText('Online');
});

test('the renderer runs under the strict content security policy with the browser bridge', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  const inlineScriptRan = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    return Boolean((window as unknown as { __inlineRan?: boolean }).__inlineRan);
  });
  expect(inlineScriptRan).toBe(false);
  expect(await page.evaluate(() => 'outpost' in window)).toBe(false);
});
