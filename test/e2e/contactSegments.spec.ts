import { expect, test } from '@playwright/test';
import { loadDemoData } from './helpers';

test('the profile lists the live segments a contact is in, and follows an edit', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemoData(page);
  await page.getByRole('button', { name: 'Add filter' }).click();
  const filter = page.getByRole('dialog', { name: 'Add filter' });
  await filter.getByRole('combobox', { name: 'Field' }).fill('Identified');
  await filter.getByRole('option', { name: 'Identified', exact: true }).click();
  await filter.getByRole('combobox', { name: 'Condition' }).click();
  await filter.getByRole('option', { name: 'is no', exact: true }).click();
  await filter.getByRole('button', { name: 'Apply filter' }).click();
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().click();

  // An anonymous visitor has no owner and no company: the demo's "Hot or unassigned" holds it.
  const context = page.getByRole('region', { name: 'Context' });
  const segments = context.getByRole('list', { name: 'Segments of this contact' });
  await expect(segments.getByRole('listitem')).toHaveText(['Hot or unassigned']);

  const details = context.getByRole('region', { name: 'Contact details' });
  await details.getByRole('button', { name: 'Edit Owner' }).click();
  await details.getByRole('combobox', { name: 'Owner' }).click();
  await page.getByRole('listbox', { name: 'Owner' }).getByRole('option').first().click();
  await expect(context.getByText('In no segment.')).toBeVisible();
});
