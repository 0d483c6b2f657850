import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

// Dates are read and typed in UTC, so datetime-local values are the ISO times below.
test.use({ timezoneId: 'UTC' });

const start = new Date('2026-12-04T09:00:00.000Z');

type ShownNotification = { title: string; body: string };

// Desktop notifications in `npm run web` go through the browser's Notification API: granted, and
// replaced by a spy that records what was shown and can be clicked as the user would.
async function spyOnNotifications(page: Page): Promise<void> {
  await page.context().grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const shown: Array<{ title: string; body: string }> = [];
    const instances: Array<{ onclick: (() => void) | null }> = [];
    Object.assign(window, { shownNotifications: shown, notificationSpies: instances });
    class NotificationSpy {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      onclick: (() => void) | null = null;
      constructor(title: string, options?: { body?: string }) {
        shown.push({ title, body: options?.body ?? '' });
        instances.push(this);
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: NotificationSpy, configurable: true });
  });
}

function shownNotifications(page: Page): Promise<ShownNotification[]> {
  return page.evaluate(() => (window as unknown as { shownNotifications: ShownNotification[] }).shownNotifications);
}

function clickNotification(page: Page, index: number): Promise<void> {
  return page.evaluate((at) => (window as unknown as { notificationSpies: Array<{ onclick: (() => void) | null }> }).notificationSpies[at]?.onclick?.(), index);
}

async function saveProfile(page: Page, name: string): Promise<void> {
  await openSection(page, 'Settings');
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Name').fill(name);
  await profile.getByLabel('Email').fill('agent@outpost.test');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
}

async function fillTask(page: Page, title: string, { type, due }: { type?: string; due?: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Task' });
  await form.getByRole('textbox', { name: 'Title' }).fill(title);
  if (type) {
    await form.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: type, exact: true }).click();
  }
  if (due) await form.getByLabel('Due').fill(due);
}

function viewTab(page: Page, name: string) {
  return page.getByRole('radio', { name: new RegExp(`^${name} \\(`) });
}

// Several undo notifications can be open at once: take the one about this action.
async function undoFrom(page: Page, label: string): Promise<void> {
  await page.getByRole('alert').filter({ hasText: label }).getByRole('button', { name: 'Undo' }).click();
}

// The segmented control's radios are visually hidden behind their labels, which take the click.
async function openView(page: Page, name: string): Promise<void> {
  await page.locator('label', { hasText: new RegExp(`^${name} \\(`) }).click();
  await expect(viewTab(page, name)).toBeChecked();
}

test('tasks: quick add by shortcut, the views, edit, complete and delete with undo, and a reminder at the due time', async ({ page }) => {
  await spyOnNotifications(page);
  await page.clock.install({ time: start });
  await startEmpty(page);
  await saveProfile(page, 'Ada Agent');
  await openSection(page, 'Tasks');

  await test.step('an empty view says what to do', async () => {
    await expect(page.getByRole('heading', { name: 'Nothing left for today' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'empty tasks');
  });

  await test.step('Ctrl+Shift+T opens quick add from anywhere, and Enter saves', async () => {
    await openSection(page, 'Contacts');
    await page.keyboard.press('Control+Shift+T');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Assignee' })).toHaveValue('Ada Agent');
    await fillTask(page, 'Call Grace', { type: 'Call', due: '2026-12-04T15:00' });
    await dialog.getByRole('textbox', { name: 'Title' }).press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Added task “Call Grace”')).toBeVisible();
  });

  await test.step('tasks land in Today and Upcoming; the assignee filter shows mine, everyone’s or unassigned', async () => {
    await openSection(page, 'Tasks');
    await expect(viewTab(page, 'Today')).toHaveAccessibleName('Today (1)');
    await expect(page.getByRole('list', { name: 'Today tasks' }).getByRole('button', { name: 'Edit Call Grace' })).toBeVisible();

    await page.getByRole('button', { name: 'New task' }).first().click();
    await fillTask(page, 'Send the proposal', { type: 'Email', due: '2026-12-05T10:00' });
    await page.getByRole('dialog', { name: 'New task' }).getByRole('button', { name: 'Add task' }).click();

    await page.getByRole('button', { name: 'New task' }).first().click();
    await fillTask(page, 'Clean up the pipeline', {});
    // Choosing the chosen member again leaves the task unassigned.
    await page.getByRole('dialog', { name: 'New task' }).getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Ada Agent', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'New task' }).getByRole('combobox', { name: 'Assignee' })).toHaveValue('');
    await page.getByRole('dialog', { name: 'New task' }).getByRole('button', { name: 'Add task' }).click();

    await openView(page, 'Upcoming');
    const upcoming = page.getByRole('list', { name: 'Upcoming tasks' });
    await expect(upcoming.getByRole('button', { name: 'Edit Send the proposal' })).toBeVisible();
    await expect(upcoming.getByRole('button', { name: 'Edit Clean up the pipeline' })).toBeHidden();

    await page.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Unassigned', exact: true }).click();
    await expect(upcoming.getByRole('button', { name: 'Edit Clean up the pipeline' })).toBeVisible();
    await expect(upcoming.getByRole('button', { name: 'Edit Send the proposal' })).toBeHidden();

    await page.getByRole('combobox', { name: 'Assignee' }).click();
    await page.getByRole('option', { name: 'Everyone', exact: true }).click();
    await expect(viewTab(page, 'Upcoming')).toHaveAccessibleName('Upcoming (2)');
    await expectNoSeriousA11yViolations(page, 'upcoming tasks');
  });

  await test.step('edit a task', async () => {
    await openView(page, 'Today');
    await page.getByRole('button', { name: 'Edit Call Grace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill('Call Grace Hopper');
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Ask about the compiler.');
    await dialog.getByRole('button', { name: 'Save task' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Edit Call Grace Hopper' })).toBeVisible();
  });

  await test.step('complete with the checkbox (it moves to Done with its time), and undo', async () => {
    // The checkbox shows the stored task: it turns checked once the write has committed.
    await page.getByRole('checkbox', { name: 'Complete Call Grace Hopper' }).click();
    await expect(viewTab(page, 'Today')).toHaveAccessibleName('Today (0)');
    await openView(page, 'Done');
    const done = page.getByRole('list', { name: 'Done tasks' });
    await expect(done.getByRole('checkbox', { name: 'Complete Call Grace Hopper' })).toBeChecked();
    await expect(done.getByText(/^Done Dec 4, 2026/)).toBeVisible();
    await undoFrom(page, 'Completed “Call Grace Hopper”');
    await expect(viewTab(page, 'Today')).toHaveAccessibleName('Today (1)');
    await expect(viewTab(page, 'Done')).toHaveAccessibleName('Done (0)');
  });

  await test.step('reopen a done task by unticking it', async () => {
    await openView(page, 'Today');
    await page.getByRole('checkbox', { name: 'Complete Call Grace Hopper' }).click();
    await openView(page, 'Done');
    await page.getByRole('list', { name: 'Done tasks' }).getByRole('checkbox', { name: 'Complete Call Grace Hopper' }).click();
    await expect(page.getByText('Reopened “Call Grace Hopper”')).toBeVisible();
    await expect(viewTab(page, 'Today')).toHaveAccessibleName('Today (1)');
    await expect(viewTab(page, 'Done')).toHaveAccessibleName('Done (0)');
  });

  await test.step('delete from the row menu, and undo', async () => {
    await openView(page, 'Upcoming');
    await page.getByRole('button', { name: 'Actions for Send the proposal' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await expect(page.getByRole('button', { name: 'Edit Send the proposal' })).toBeHidden();
    await undoFrom(page, 'Deleted task “Send the proposal”');
    await expect(page.getByRole('button', { name: 'Edit Send the proposal' })).toBeVisible();
  });

  await test.step('at the due time a desktop notification fires, and the task turns overdue', async () => {
    expect(await shownNotifications(page)).toEqual([]);
    await page.clock.fastForward('06:01:00');
    await expect.poll(() => shownNotifications(page)).toEqual([{ title: 'Task due: Call Grace Hopper', body: expect.stringMatching(/^Call · due Dec 4, 2026/) }]);
    await openView(page, 'Overdue');
    const overdue = page.getByRole('list', { name: 'Overdue tasks' });
    await expect(overdue.getByRole('button', { name: 'Edit Call Grace Hopper' })).toBeVisible();
    await expect(overdue.getByText('Overdue', { exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'overdue tasks');
  });
});

test('where desktop notifications are refused, a reminder shows inside the app and opens its task', async ({ page }) => {
  await page.addInitScript(() => {
    class RefusedNotification {
      static permission = 'denied';
      static requestPermission = async () => 'denied';
    }
    Object.defineProperty(window, 'Notification', { value: RefusedNotification, configurable: true });
  });
  await page.clock.install({ time: start });
  await startEmpty(page);
  await openSection(page, 'Tasks');
  await page.getByRole('button', { name: 'New task' }).first().click();
  await fillTask(page, 'Call the printer', { type: 'Call', due: '2026-12-04T09:30' });
  await page.getByRole('dialog', { name: 'New task' }).getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('button', { name: 'Edit Call the printer' })).toBeVisible();

  await openSection(page, 'Contacts');
  await page.clock.fastForward('00:31:00');
  const notice = page.getByRole('alert').filter({ hasText: 'Task due: Call the printer' });
  await expect(notice).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'an in-app reminder');
  await notice.getByRole('button', { name: 'Open task' }).click();
  await expect(notice).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Edit task' }).getByRole('textbox', { name: 'Title' })).toHaveValue('Call the printer');
});

test('a reminder due while the app was closed shows once when it starts again', async ({ page }) => {
  await spyOnNotifications(page);
  await page.clock.install({ time: start });
  await startEmpty(page);
  await openSection(page, 'Tasks');
  await page.getByRole('button', { name: 'New task' }).first().click();
  await fillTask(page, 'Email the quote', { type: 'Email', due: '2026-12-04T12:00' });
  await page.getByRole('dialog', { name: 'New task' }).getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByRole('button', { name: 'Edit Email the quote' })).toBeVisible();

  // Closed over lunch: nothing runs while the app is away.
  await page.goto('about:blank');
  await page.clock.fastForward('04:00:00');
  await page.goto('/#/tasks');
  await expect.poll(() => shownNotifications(page)).toEqual([{ title: 'Missed reminder: Email the quote', body: expect.stringMatching(/^Email · due Dec 4, 2026/) }]);

  await test.step('a click on the notification opens its task, wherever the app is', async () => {
    await openSection(page, 'Contacts');
    await clickNotification(page, 0);
    await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Email the quote');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
  });

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Tasks', level: 1 })).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await shownNotifications(page)).toEqual([]);
});

test('tasks on a contact profile: add one already linked, see it overdue, complete it there', async ({ page }) => {
  await page.clock.install({ time: start });
  await startEmpty(page);
  await page.getByRole('button', { name: 'New contact' }).click();
  const contactForm = page.getByRole('dialog', { name: 'New contact' });
  await contactForm.getByRole('textbox', { name: 'First name', exact: true }).fill('Grace');
  await contactForm.getByRole('textbox', { name: 'Email', exact: true }).fill('grace@example.com');
  await contactForm.getByRole('button', { name: 'Create contact' }).click();
  await expect(page).toHaveURL(/#\/contacts\/[0-9A-Z]+$/);

  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByRole('heading', { name: 'No tasks yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add task' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog.getByRole('combobox', { name: 'Contact' })).toHaveValue(/Grace/);
  await fillTask(page, 'Follow up with Grace', { type: 'Follow-up', due: '2026-12-04T08:00' });
  await dialog.getByRole('button', { name: 'Add task' }).click();

  const tasks = page.getByRole('list', { name: 'Tasks' });
  await expect(tasks.getByRole('button', { name: 'Edit Follow up with Grace' })).toBeVisible();
  await expect(tasks.getByText('Overdue', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'contact tasks');
  await tasks.getByRole('checkbox', { name: 'Complete Follow up with Grace' }).click();
  await expect(tasks.getByRole('checkbox', { name: 'Complete Follow up with Grace' })).toBeChecked();
  await expect(tasks.getByText('Overdue', { exact: true })).toBeHidden();

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('article').filter({ hasText: 'Follow up with Grace' })).toContainText('Done');
});

test('tasks on a company profile, and New task from the command palette', async ({ page }) => {
  await page.clock.install({ time: start });
  await startEmpty(page);
  await openSection(page, 'Companies');
  await page.getByRole('button', { name: 'New company' }).click();
  const companyForm = page.getByRole('dialog', { name: 'New company' });
  await companyForm.getByRole('textbox', { name: 'Name' }).fill('Initech');
  await companyForm.getByRole('textbox', { name: 'Domain' }).fill('initech.com');
  await companyForm.getByRole('button', { name: 'Create company' }).click();
  await expect(page.getByRole('heading', { name: 'Initech', level: 1 })).toBeVisible();

  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('button', { name: 'Add task' }).click();
  const dialog = page.getByRole('dialog', { name: 'New task' });
  await expect(dialog.getByRole('combobox', { name: 'Company' })).toHaveValue(/Initech/);
  await fillTask(page, 'Renew the Initech contract', { type: 'Meeting', due: '2026-12-03T16:00' });
  await dialog.getByRole('button', { name: 'Add task' }).click();
  const tasks = page.getByRole('list', { name: 'Company tasks' });
  await expect(tasks.getByRole('button', { name: 'Edit Renew the Initech contract' })).toBeVisible();
  await expect(tasks.getByText('Overdue', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'company tasks');

  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Search Outpost' }).fill('new task');
  await page.getByRole('button', { name: /^New task/ }).click();
  await expect(page.getByRole('dialog', { name: 'New task' })).toBeVisible();
  await page.getByRole('dialog', { name: 'New task' }).getByRole('button', { name: 'Cancel' }).click();

  await openSection(page, 'Tasks');
  await openView(page, 'Overdue');
  const overdue = page.getByRole('list', { name: 'Overdue tasks' });
  await expect(overdue.getByRole('link', { name: 'Initech' })).toBeVisible();
});
