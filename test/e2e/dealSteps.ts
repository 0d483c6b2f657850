import { expect, type Locator, type Page } from '@playwright/test';
import { pickOption } from './attributeSteps';

export type NewDealFields = { currency?: string; owner?: string; company?: string; closeDate?: string; contact?: string };

// Deals must be open. Every field but the title and value is optional: the owner is the
// picked member (else whoever the form starts with), the contact is found by what is typed.
export async function createDeal(page: Page, title: string, value: string, fields: NewDealFields = {}): Promise<void> {
  await page.getByRole('button', { name: 'New deal' }).first().click();
  const form = page.getByRole('form', { name: 'New deal' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  await form.getByRole('textbox', { name: 'Value', exact: true }).fill(value);
  if (fields.currency) {
    await form.getByRole('combobox', { name: 'Currency' }).fill(fields.currency);
    await page.getByRole('option', { name: fields.currency, exact: true }).click();
  }
  if (fields.owner) await pickOption(page, form.getByRole('combobox', { name: 'Owner' }), fields.owner);
  if (fields.company) await pickOption(page, form.getByRole('combobox', { name: 'Company', exact: true }), fields.company);
  if (fields.closeDate) await form.getByLabel('Expected close date').fill(fields.closeDate);
  if (fields.contact) {
    await form.getByRole('combobox', { name: 'Contact' }).fill(fields.contact);
    await page.getByRole('option', { name: new RegExp(fields.contact, 'i') }).click();
  }
  await form.getByRole('button', { name: 'Create deal' }).click();
  await expect(form).toBeHidden();
}

// The titles of a column's cards, top to bottom.
export async function cardTitles(column: Locator): Promise<string[]> {
  return column.getByRole('article').evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label') ?? ''));
}
