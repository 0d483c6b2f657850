import { expect, type Page } from '@playwright/test';
import { openSection } from './helpers';

// Creates a contact from the Contacts section with the form's fields by label ('First name',
// 'Email', ...); its page is open afterwards, and its URL is returned.
export async function createContact(page: Page, fields: Record<string, string>): Promise<string> {
  await openSection(page, 'Contacts');
  await page.getByRole('button', { name: 'New contact' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  for (const [label, value] of Object.entries(fields)) await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);
  return page.url();
}
