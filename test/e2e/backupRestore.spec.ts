import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, openSection, startEmpty } from './helpers';

async function addTeamMember(page: Page, name: string, email: string): Promise<void> {
  const addForm = page.getByRole('form', { name: 'Add a team member' });
  await addForm.getByLabel('Member name').fill(name);
  await addForm.getByLabel('Member email').fill(email);
  await addForm.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: email })).toBeVisible();
}

async function backUpNow(page: Page): Promise<void> {
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status')).toContainText('Backed up 0 contacts');
  await expect(backups.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Manual/ })).toHaveCount(1);
}

// As a lost IndexedDB looks at the next start: the app's own database gone, its backups kept.
async function loseTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('outpost');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
  );
}

test('a database found empty at start offers the newest backup before anything else, and restores it', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await backUpNow(page);

  await loseTheDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: "This device's Outpost database is empty", level: 1 })).toBeVisible();
  // Nothing else has started: no welcome screen, no app shell (so no sync).
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
  await expect(page.getByText(/The newest is from .* and holds 0 contacts/)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the restore offer at start');

  await page.getByRole('button', { name: 'Restore the newest backup' }).click();
  await expect(page.getByRole('table', { name: 'What the backup holds' }).getByRole('row', { name: /team members\s*1/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  // The page reloads into the app where it was (Settings), with the restored data.
  // A reload on a busy machine may take a while.
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible();
});

test('an empty database at start can also go on without restoring', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await backUpNow(page);
  await loseTheDatabase(page);
  await page.reload();
  await page.getByRole('button', { name: 'Start without restoring' }).click();
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
});

test('Settings > Backups: back up now, restore an earlier state from the list, refuse a damaged file and a wrong password', async ({ page }) => {
  await startEmpty(page);
  await openSection(page, 'Settings');
  await addTeamMember(page, 'Jo Ortiz', 'jo@outpost.test');
  await backUpNow(page);
  // In the browser the backup is offered as a download too.
  const backups = page.getByRole('region', { name: 'Backups' });
  const [copy] = await Promise.all([page.waitForEvent('download'), backups.getByRole('button', { name: 'Download it' }).click()]);
  expect(copy.suggestedFilename()).toMatch(/^outpost-.*-manual\.outpost$/);
  await page.getByRole('table', { name: 'Team members' }).getByRole('button', { name: 'Remove Jo Ortiz' }).click();
  await expect(page.getByRole('table', { name: 'Team members' })).toHaveCount(0);

  await backups.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore the workspace' });
  await expect(dialog.getByRole('table', { name: 'What the backup holds' })).toContainText('team members');
  await expectNoSeriousA11yViolations(page, 'the restore preview');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible({ timeout: 30_000 });
  // The state before the restore was backed up first.
  await expect(backups.getByRole('table', { name: 'Backups' }).getByRole('row', { name: /Before a restore/ })).toHaveCount(1);
  await expectNoSeriousA11yViolations(page, 'Settings > Backups');

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), backups.getByRole('button', { name: 'Restore from a file…' }).click()]);
  await chooser.setFiles({ name: 'contacts.outpost', mimeType: 'application/octet-stream', buffer: Buffer.from('firstName,lastName\nAnn,Lee\n') });
  await expect(dialog.getByRole('alert')).toContainText('This is not an Outpost workspace file or backup.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await backups.getByRole('button', { name: 'Export workspace…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export workspace' });
  await exportDialog.getByLabel('Password (optional)').fill('trade show');
  await exportDialog.getByLabel('Repeat the password').fill('trade show');
  const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^outpost-workspace-\d{4}-\d{2}-\d{2}\.outpost$/);
  await page.getByRole('table', { name: 'Team members' }).getByRole('button', { name: 'Remove Jo Ortiz' }).click();
  await expect(page.getByRole('table', { name: 'Team members' })).toHaveCount(0);

  const [secondChooser] = await Promise.all([page.waitForEvent('filechooser'), backups.getByRole('button', { name: 'Restore from a file…' }).click()]);
  await secondChooser.setFiles((await download.path()) as string);
  await dialog.getByLabel('File password').fill('wrong');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The password is not the one this file was protected with.');
  await dialog.getByLabel('File password').fill('trade show');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('cell', { name: 'jo@outpost.test' })).toBeVisible({ timeout: 30_000 });
});
