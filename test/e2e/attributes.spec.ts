import { expect, test, type Page } from '@playwright/test';
import { addAttribute, pickOption } from './attributeSteps';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

const attributesSection = (page: Page) => page.getByRole('region', { name: 'Attributes' });
const contactDetails = (page: Page) => page.getByRole('region', { name: 'Contact details' });

test('a choice attribute is offered on contacts, keeps its values when renamed, and comes back with Undo', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const section = attributesSection(page);
  await expect(section.getByText(/No contact attributes yet/)).toBeVisible();

  await test.step('add a choice attribute with options; its key follows the label', async () => {
    await section.getByRole('button', { name: 'Add attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'New attribute' });
    const label = dialog.getByRole('textbox', { name: 'Label', exact: true });
    await expect(label).toBeFocused();
    await label.fill('Plan tier');
    await expect(dialog.getByRole('textbox', { name: 'Key' })).toHaveValue('plan_tier');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Type' }), 'One choice');
    await dialog.getByRole('textbox', { name: 'Option 1' }).fill('Free');
    await dialog.getByRole('button', { name: 'Add option' }).click();
    await dialog.getByRole('textbox', { name: 'Option 2' }).fill('Pro');
    await expectNoSeriousA11yViolations(page, 'new attribute form');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(section.getByRole('table', { name: 'Contact attributes' }).getByRole('row', { name: /Plan tier\s*plan_tier\s*One choice\s*Free, Pro/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'attributes settings');
  });

  let profileUrl = '';
  await test.step('the New contact form offers it', async () => {
    await openSection(page, 'Contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByRole('textbox', { name: 'First name' }).fill('Ada');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Plan tier' }), 'Pro');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expect(contactDetails(page).getByRole('button', { name: 'Edit Plan tier' })).toHaveAccessibleDescription('Pro');
    profileUrl = page.url();
  });

  await test.step('renaming the attribute and an option keeps the contact value', async () => {
    await openSection(page, 'Settings');
    await section.getByRole('button', { name: 'Edit Plan tier' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit attribute' });
    await expect(dialog.getByRole('textbox', { name: 'Key' })).toBeDisabled();
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('Subscription');
    await dialog.getByRole('textbox', { name: 'Option 2' }).fill('Professional');
    await dialog.getByRole('button', { name: 'Save attribute' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(section.getByRole('row', { name: /Subscription\s*plan_tier/ })).toBeVisible();

    await page.goto(profileUrl);
    await expect(contactDetails(page).getByRole('button', { name: 'Edit Subscription' })).toHaveAccessibleDescription('Professional');
  });

  await test.step('deleting asks first, and Undo brings the attribute and its value back', async () => {
    await openSection(page, 'Settings');
    await section.getByRole('button', { name: 'Delete Subscription' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the attribute Subscription?' });
    await expect(confirm.getByText('1 contact has a value for Subscription.')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'delete attribute confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(section.getByRole('row', { name: /Subscription/ })).toBeVisible();

    await section.getByRole('button', { name: 'Delete Subscription' }).click();
    await confirm.getByRole('button', { name: 'Delete attribute' }).click();
    await expect(section.getByRole('row', { name: /Subscription/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(section.getByRole('row', { name: /Subscription/ })).toBeVisible();

    await page.goto(profileUrl);
    await expect(contactDetails(page).getByRole('button', { name: 'Edit Subscription' })).toHaveAccessibleDescription('Professional');
  });
});

test('attributes belong to one object, keys are unique and choices need options', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const section = attributesSection(page);
  await addAttribute(page, { label: 'Plan' });

  await test.step('a key in use is refused beside the field', async () => {
    await section.getByRole('button', { name: 'Add attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'New attribute' });
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('Plan');
    await expect(dialog.getByRole('textbox', { name: 'Key' })).toHaveValue('plan_2');
    await dialog.getByRole('textbox', { name: 'Key' }).fill('plan');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Key' })).toHaveAccessibleDescription(/Another attribute, maybe a deleted one, uses this key/);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });

  await test.step('a choice without options is refused', async () => {
    await section.getByRole('button', { name: 'Add attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'New attribute' });
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('Tier');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Type' }), 'One choice');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(dialog.getByText('A fixed-choice attribute needs at least one option')).toBeVisible();
    await page.keyboard.press('Escape');
  });

  await test.step('a company attribute is listed under Companies and not offered on contacts', async () => {
    await section.getByRole('tab', { name: 'Companies' }).click();
    await expect(section.getByText(/No company attributes yet/)).toBeVisible();
    await section.getByRole('button', { name: 'Add attribute' }).click();
    const dialog = page.getByRole('dialog', { name: 'New attribute' });
    await expect(dialog.getByRole('combobox', { name: 'Object' })).toHaveValue('Company');
    await dialog.getByRole('textbox', { name: 'Label', exact: true }).fill('Founded');
    await pickOption(page, dialog.getByRole('combobox', { name: 'Type' }), 'Whole number');
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await expect(section.getByRole('table', { name: 'Company attributes' }).getByRole('row', { name: /Founded\s*founded\s*Whole number/ })).toBeVisible();

    await openSection(page, 'Contacts');
    await page.getByRole('button', { name: 'New contact' }).click();
    const form = page.getByRole('dialog', { name: 'New contact' });
    await expect(form.getByRole('textbox', { name: 'Plan' })).toBeVisible();
    await expect(form.getByText('Founded')).toHaveCount(0);
  });
});
