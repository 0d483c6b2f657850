import { expect, type Locator, type Page } from '@playwright/test';

export type NewAttribute = { label: string; type?: string; options?: string[] };

// Settings must be open. `type` is the label shown in the Type select ("One choice", ...).
export async function addAttribute(page: Page, { label, type, options = [] }: NewAttribute): Promise<void> {
  await page.getByRole('region', { name: 'Attributes' }).getByRole('button', { name: 'Add attribute' }).click();
  const dialog = page.getByRole('dialog', { name: 'New attribute' });
  await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill(label);
  if (type) await pickOption(page, dialog.getByRole('combobox', { name: 'Type' }), type);
  for (const [index, option] of options.entries()) {
    if (index > 0) await dialog.getByRole('button', { name: 'Add option' }).click();
    await dialog.getByRole('textbox', { name: `Option ${index + 1}` }).fill(option);
  }
  await dialog.getByRole('button', { name: 'Add attribute' }).click();
  await expect(dialog).toHaveCount(0);
}

// Settings must be open.
export async function addTeamMember(page: Page, name: string, email: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a team member' });
  await form.getByLabel('Member name').fill(name);
  await form.getByLabel('Member email').fill(email);
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: email })).toBeVisible();
}

// Mantine renders a select's options in a portal, outside the dialog that holds the select.
export async function pickOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
