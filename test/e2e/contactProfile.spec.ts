import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, loadDemoData } from './helpers';

// The first contact the Contacts view links to, whichever way the list presents its rows.
async function openFirstContact(page: Page): Promise<string> {
  await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().click();
  const heading = page.getByRole('region', { name: 'Actions' }).getByRole('heading', { level: 1 });
  await expect(heading).toBeVisible();
  return (await heading.textContent()) ?? '';
}

test('a contact profile: actions, activity and context, notes and logged calls, tabs, delete and undo', async ({ page }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await loadDemoData(page);
  const name = await openFirstContact(page);

  const actions = page.getByRole('region', { name: 'Actions' });
  const activity = page.getByRole('region', { name: 'Activity' });
  const context = page.getByRole('region', { name: 'Context' });
  const timeline = activity.getByRole('region', { name: 'Timeline' });

  await test.step('three sections, the details inside the context', async () => {
    await expect(activity.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    await expect(timeline.getByRole('article').first()).toBeVisible();
    await expect(context.getByRole('region', { name: 'Contact details' })).toBeVisible();
    await expect(context.getByRole('heading', { name: 'Companies' })).toBeVisible();
    await expect(context.getByRole('heading', { name: 'Tags' })).toBeVisible();
  });

  await test.step('Edit takes the keyboard to the inline-editing details', async () => {
    await actions.getByRole('button', { name: 'Edit', exact: true }).click();
    const details = context.getByRole('region', { name: 'Contact details' });
    await expect(details).toBeInViewport();
    await expect(details.locator(':focus')).toHaveCount(1);
  });

  await test.step('email, call and SMS are offered, each only with an address or number to use', async () => {
    for (const label of ['Email', 'Call', 'SMS']) {
      const button = actions.getByRole('button', { name: label, exact: true });
      await expect(button).toBeVisible();
      // The description is the address or number, or why there is none.
      const description = (await button.getAttribute('title')) ?? '';
      await expect(button).toHaveAccessibleDescription(description);
      if (description.startsWith('No ')) await expect(button).toBeDisabled();
      else await expect(button).toBeEnabled();
    }
  });

  await test.step('a note written on the timeline lands on top', async () => {
    await activity.getByLabel('New note').fill('Asked for the enterprise pricing');
    await activity.getByRole('button', { name: 'Add note' }).click();
    await expect(timeline.getByRole('article').first()).toContainText('Asked for the enterprise pricing');
    await expect(activity.getByLabel('New note')).toHaveValue('');

    await activity.getByLabel('New note').fill('Prefers a call after 4 pm');
    await activity.getByLabel('New note').press('ControlOrMeta+Enter');
    await expect(timeline.getByRole('article').first()).toContainText('Prefers a call after 4 pm');
  });

  await test.step('a logged call shows on the timeline as a logged call', async () => {
    await actions.getByRole('button', { name: 'Log activity' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log activity' });
    await expect(dialog.getByLabel('When')).not.toHaveValue('');
    await dialog.getByLabel('What happened').fill('Discussed the renewal');
    await dialog.getByRole('button', { name: 'Log call' }).click();
    await expect(dialog).toBeHidden();
    await expect(timeline.getByRole('article').filter({ hasText: 'Discussed the renewal' })).toContainText('Logged call');
  });

  await test.step('the profile is accessible', async () => {
    await expectNoSeriousA11yViolations(page, 'contact profile');
  });

  await test.step('the tabs show each kind of record', async () => {
    await activity.getByRole('tab', { name: 'Notes' }).click();
    const notes = activity.getByRole('table', { name: 'Notes' });
    await expect(notes.getByRole('row', { name: /Logged call.*Discussed the renewal/ })).toBeVisible();
    await expect(notes.getByRole('row', { name: /Note.*Asked for the enterprise pricing/ })).toBeVisible();

    for (const tab of ['Tasks', 'Deals', 'Tickets']) {
      await activity.getByRole('tab', { name: tab }).click();
      // Tasks are a list of rows with their own checkboxes and menus; the others are tables.
      const records = tab === 'Tasks' ? activity.getByRole('list', { name: tab }) : activity.getByRole('table', { name: tab });
      await expect(records.or(activity.getByRole('heading', { name: `No ${tab.toLowerCase()} yet` }))).toBeVisible();
    }

    await activity.getByRole('tab', { name: 'Events' }).click();
    const events = activity.getByRole('region', { name: 'Events' });
    await expect(events.getByRole('article').first()).toBeVisible();
    await activity.getByRole('combobox', { name: 'Event name' }).click();
    const option = page.getByRole('option').first();
    const eventName = (await option.textContent()) ?? '';
    await option.click();
    await expect(events.getByRole('article').first()).toContainText(eventName);
    for (const article of await events.getByRole('article').all()) await expect(article).toContainText(eventName);
    await expectNoSeriousA11yViolations(page, 'contact events');
  });

  await test.step('Delete moves the contact to the trash, and Undo brings it back', async () => {
    await actions.getByRole('button', { name: 'Delete contact' }).click();
    await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText(`Undone: Deleted ${name}`)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('region', { name: 'Actions' }).getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Actions' }).getByText('In the trash')).toHaveCount(0);
  });
});
