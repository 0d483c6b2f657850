import { expect, type Page } from '@playwright/test';
import { openSection } from './helpers';

// Creates a company from the Companies section; its profile is open afterwards.
export async function createCompany(page: Page, name: string, domain: string): Promise<void> {
  await openSection(page, 'Companies');
  await page.getByRole('button', { name: 'New company' }).click();
  const dialog = page.getByRole('dialog', { name: 'New company' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('textbox', { name: 'Domain' }).fill(domain);
  await dialog.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}
