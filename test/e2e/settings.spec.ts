import { expect, test } from '@playwright/test';
import { openSection, startEmpty } from './helpers';

test('the profile says what is wrong with a field and saves a valid one', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const profile = page.getByRole('region', { name: 'Your profile' });
  await profile.getByLabel('Name').fill('Mara Field');
  await profile.getByLabel('Email').fill('mara@');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(profile.getByText('Enter an email address like name@example.com')).toBeVisible();

  await profile.getByLabel('Email').fill('mara@outpost.test');
  await profile.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Profile saved')).toBeVisible();
  const team = page.getByRole('table', { name: 'Team members' });
  await expect(team.getByRole('row', { name: /Mara Field.*You/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Sync status' })).toContainText('1 change not synced');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Your profile' }).getByLabel('Email')).toHaveValue('mara@outpost.test');
});

test('a removed team member comes back with Undo', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const addForm = page.getByRole('form', { name: 'Add a team member' });
  await addForm.getByLabel('Member name').fill('Jo Ortiz');
  await addForm.getByLabel('Member email').fill('jo@outpost.test');
  await addForm.getByRole('button', { name: 'Add member' }).click();
  const team = page.getByRole('table', { name: 'Team members' });
  await expect(team.getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible();

  await team.getByRole('button', { name: 'Remove Jo Ortiz' }).click();
  await expect(team).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible();
});

test('the theme follows the system by default and can be switched and kept', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await startEmpty(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await openSection(page, 'Settings');
  await expect(page.getByRole('region', { name: 'About' })).toContainText(/Outpost \d+\.\d+\.\d+, running in a browser/);
  await page.getByRole('radiogroup', { name: 'Theme' }).getByText('Light').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.reload();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
});

test('a deleted team member waits in the trash and can be restored', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  const addForm = page.getByRole('form', { name: 'Add a team member' });
  await addForm.getByLabel('Member name').fill('Sam Berg');
  await addForm.getByLabel('Member email').fill('sam@outpost.test');
  await addForm.getByRole('button', { name: 'Add member' }).click();
  await page.getByRole('button', { name: 'Remove Sam Berg' }).click();

  const deleted = trash.getByRole('table', { name: 'Deleted records' });
  await expect(deleted.getByRole('row', { name: /Sam Berg.*Team member/ })).toBeVisible();
  await deleted.getByRole('button', { name: 'Restore Sam Berg' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'sam@outpost.test' })).toBeVisible();
});
